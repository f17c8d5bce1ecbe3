package org.hearth.returns.cin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hearth.codes.CollectionYear;
import org.hearth.returns.RuleCatalogue;
import org.hearth.returns.ValidationIssue;
import org.hearth.returns.cin.CinCensus.Details;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One pair per rule: a change to a clean record that breaks the rule, and a nearby change that does not. Each pair is
 * run in every collection year whose catalogue has the rule.
 */
class CinRulesTest {

    static final int[] YEARS = {2023, 2024, 2025, 2026};

    record Case(String code, Consumer<CinFixture> breaks, Consumer<CinFixture> passes) {
        @Override
        public String toString() {
            return code;
        }
    }

    private static Case rule(String code, Consumer<CinFixture> breaks, Consumer<CinFixture> passes) {
        return new Case(code, breaks, passes);
    }

    private static final Consumer<CinFixture> CLEAN = f -> { };

    static List<Case> cases() {
        List<Case> c = new ArrayList<>();
        c.add(rule("100", f -> f.census.header.referenceDate = f.year.end().minusYears(1), CLEAN));
        c.add(rule("1103", f -> f.assessment.start = f.details.referral.minusDays(1),
                f -> f.assessment.start = f.details.referral));
        c.add(rule("1104", f -> f.s47.icpc = f.details.referral.minusDays(1),
                f -> f.details.initialCpc = f.details.referral));
        c.add(rule("1105", f -> f.cpp.start = f.details.referral.minusDays(1),
                f -> f.cpp.start = f.details.referral));
        c.add(rule("1510", f -> f.child.upn = "A201123456789", f -> f.child.upn = "U93600000012A"));
        c.add(rule("1520", f -> f.newChild("C2").upn = f.child.upn, f -> f.newChild("C2").upn = "A201000000012"));
        c.add(rule("1530", f -> f.child.upn = "P999123456789", f -> f.child.upn = "A201000000012"));
        c.add(rule("1540", f -> f.child.upn = "P201123A56789", f -> f.child.upn = "U93600000012A"));
        c.add(rule("1550", f -> f.child.upn = "P20112345678I", f -> f.child.upn = "U93600000012A"));
        c.add(rule("1560Q", f -> f.child.formerUpn = "X98765", f -> f.child.formerUpn = "X987654321231"));
        c.add(rule("1570", f -> f.child.laChildId = "A".repeat(21), f -> f.child.laChildId = "A".repeat(20)));
        c.add(rule("1580", f -> f.child.laChildId = "C-1", f -> f.child.laChildId = "C1abc"));
        c.add(rule("2883", f -> f.s47.icpc = null, f -> {
            f.details.initialCpc = f.s47.icpc;
            f.s47.icpc = null;
        }));
        c.add(rule("2884", f -> f.details.initialCpc = f.s47.icpc,
                f -> f.details.initialCpc = f.s47.icpc.minusDays(7)));
        c.add(rule("2885", f -> {
            f.details.initialCpc = f.cpp.start;
            f.cpp.start = f.s47.icpc.plusDays(1);
        }, f -> {
            f.details.initialCpc = f.cpp.start;
            f.s47.icpc = null;
            f.s47.icpcNotRequired = true;
        }));
        c.add(rule("2886Q", f -> {
            f.child.sex = "U";
            f.child.genderCurrent = "0";
        }, f -> {
            f.child.sex = "U";
            f.child.genderCurrent = "0";
            f.child.birth = null;
            f.child.expectedBirth = f.year.end();
        }));
        c.add(rule("2887Q", f -> f.child.disabilities.remove("VIS"), CLEAN));
        c.add(rule("2888Q", f -> f.child.disabilities = new ArrayList<>(List.of("MOB")),
                f -> f.newChild("C2").disabilities = new ArrayList<>(List.of("MOB", "AUT"))));
        c.add(rule("2889", f -> f.s47.start = f.details.referral.minusDays(1),
                f -> f.s47.start = f.details.referral));
        c.add(rule("2990", f -> {
            f.details.closure = f.date(9, 1);
            f.details.reasonForClosure = "RC8";
        }, f -> {
            f.assessedOnly();
            f.details.closure = f.date(9, 1);
            f.details.reasonForClosure = "RC8";
        }));
        c.add(rule("2991Q", f -> f.details.assessments = List.of(), CLEAN));
        c.add(rule("4000", f -> f.details.referralNfa = true, CLEAN));
        c.add(rule("4001", f -> f.plan.end = null, f -> {
            f.plan.end = null;
            f.cpp.end = f.date(12, 1);
        }));
        c.add(rule("4003", f -> f.cpp.reviews.set(0, f.plan.start.plusDays(1)),
                f -> f.cpp.reviews.set(0, f.plan.end)));
        c.add(rule("4004", f -> {
            f.plan.end = null;
            f.addPlan(f.details, f.date(6, 1), null);
        }, f -> {
            f.plan.end = null;
            f.addPlan(f.earlierEpisode(), f.date(4, 3), null);
        }));
        c.add(rule("4008", f -> f.child.death = f.plan.start.minusDays(1), f -> f.child.death = f.plan.start));
        c.add(rule("4009Q", f -> f.child.death = f.plan.end.minusDays(1), f -> f.child.death = f.plan.end));
        c.add(rule("4010", f -> f.plan.start = f.year.end().plusDays(1), f -> f.plan.start = f.year.end()));
        c.add(rule("4011", f -> f.plan.end = f.plan.start.minusDays(1), f -> f.plan.end = f.plan.start));
        c.add(rule("4012Q", f -> f.plan.end = f.plan.start, f -> f.plan.end = f.plan.start.plusDays(1)));
        c.add(rule("4013", f -> f.plan.end = f.year.end().plusDays(1), f -> f.plan.end = f.year.end()));
        c.add(rule("4014", f -> f.addPlan(f.details, f.plan.end, null),
                f -> f.addPlan(f.details, f.plan.end.plusDays(1), null)));
        c.add(rule("4015", f -> f.plan.start = f.details.referral.minusDays(1),
                f -> f.plan.start = f.details.referral));
        c.add(rule("4016", f -> {
            f.plan.start = f.cpp.start.plusDays(1);
            f.plan.end = null;
        }, f -> {
            f.cpp.end = f.date(12, 1);
            f.plan.start = f.cpp.end;
            f.plan.end = null;
        }));
        c.add(rule("4017", f -> f.plan.end = f.cpp.start.plusDays(1), CLEAN));
        c.add(rule("4180", f -> {
            f.child.sex = null;
            f.child.genderCurrent = null;
        }, f -> {
            f.child.sex = "U";
            f.child.genderCurrent = "0";
        }));
        c.add(rule("4220", f -> f.child.ethnicity = "XXXX", f -> f.child.ethnicity = "NOBT"));
        c.add(rule("8500", f -> f.child.laChildId = null, CLEAN));
        c.add(rule("8510", f -> f.newChild("C1"), f -> f.newChild("C2")));
        c.add(rule("8520", f -> f.child.birth = f.year.end().plusDays(1), f -> f.child.birth = f.year.end()));
        c.add(rule("8525Q", f -> f.child.expectedBirth = f.child.birth, f -> {
            f.child.expectedBirth = f.child.birth;
            f.child.birth = null;
        }));
        c.add(rule("8530Q", f -> {
            f.child.birth = null;
            f.child.expectedBirth = f.year.end().minusDays(31);
        }, f -> {
            f.child.birth = null;
            f.child.expectedBirth = f.year.end().minusDays(30);
        }));
        c.add(rule("8535Q", f -> f.child.death = f.child.birth.minusDays(1), f -> f.child.death = f.child.birth));
        c.add(rule("8540", f -> f.child.disabilities = null, f -> {
            f.child.disabilities = null;
            f.child.birth = null;
            f.child.expectedBirth = f.year.end();
        }));
        c.add(rule("8545Q", f -> f.child.death = f.year.start().minusDays(1),
                f -> f.child.death = f.year.start()));
        c.add(rule("8555Q", f -> f.child.death = f.details.referral.minusDays(1),
                f -> f.child.death = f.details.referral));
        c.add(rule("8565", f -> f.details.closure = f.s47.icpc.minusDays(1), f -> f.details.closure = f.s47.icpc));
        c.add(rule("8568", f -> f.details.referralNfa = null, CLEAN));
        c.add(rule("8569Q", f -> {
            f.details.referralNfa = true;
            f.details.referral = f.year.start().minusDays(10);
        }, f -> {
            f.details.referralNfa = true;
            f.details.referral = CinContext.CALENDAR.minusWorkingDays(f.year.start(), 1);
        }));
        c.add(rule("8585Q", f -> {
            f.details.closure = f.date(9, 1);
            f.details.reasonForClosure = "RC2";
        }, f -> {
            f.details.closure = f.date(9, 1);
            f.details.reasonForClosure = "RC2";
            f.child.death = f.date(9, 1);
        }));
        c.add(rule("8590", f -> f.child.details.clear(), CLEAN));
        c.add(rule("8600", f -> f.details.referral = f.year.end().plusDays(1),
                f -> f.details.referral = f.year.end()));
        c.add(rule("8606", f -> f.details.referral = f.child.birth.minusDays(281),
                f -> f.details.referral = f.child.birth.minusDays(280)));
        c.add(rule("8608", f -> f.assessment.start = f.assessment.authorised.plusDays(1),
                f -> f.assessment.start = f.assessment.authorised));
        c.add(rule("8610", f -> f.details.primaryNeed = null, f -> {
            f.details.primaryNeed = null;
            f.details.referralNfa = true;
        }));
        c.add(rule("8614", f -> f.assessment.authorised = null, f -> {
            f.assessment.authorised = null;
            f.assessment.factors = null;
        }));
        c.add(rule("8615", f -> f.s47.start = f.s47.icpc.plusDays(1), f -> f.s47.start = f.s47.icpc));
        c.add(rule("8620", f -> {
            f.details.closure = f.year.end().plusDays(1);
            f.details.reasonForClosure = "RC7";
        }, f -> {
            f.details.closure = f.year.end();
            f.details.reasonForClosure = "RC7";
        }));
        c.add(rule("8630", f -> f.details.closure = f.details.referral.minusDays(1),
                f -> f.details.closure = f.details.referral));
        c.add(rule("8640", f -> {
            f.details.closure = f.date(9, 1);
            f.details.reasonForClosure = "RC10";
        }, f -> {
            f.details.closure = f.date(9, 1);
            f.details.reasonForClosure = "RC9";
        }));
        c.add(rule("8650", f -> f.details.primaryNeed = "N10", f -> f.details.primaryNeed = "N0"));
        c.add(rule("8670Q", f -> {
            f.assessment.authorised = null;
            f.assessment.start = CinContext.CALENDAR.minusWorkingDays(f.year.end(), 45).minusDays(1);
        }, f -> {
            f.assessment.authorised = null;
            f.assessment.start = CinContext.CALENDAR.minusWorkingDays(f.year.end(), 45);
        }));
        c.add(rule("8675Q", f -> {
            f.s47.icpc = null;
            f.s47.start = CinContext.CALENDAR.minusWorkingDays(f.year.end(), 15).minusDays(1);
        }, f -> {
            f.s47.icpc = null;
            f.s47.start = CinContext.CALENDAR.minusWorkingDays(f.year.end(), 15);
        }));
        c.add(rule("8696", f -> f.assessment.authorised = f.year.end().plusDays(1),
                f -> f.assessment.authorised = f.year.end()));
        c.add(rule("8715", f -> f.s47.icpc = f.year.start().minusDays(1), f -> f.s47.icpc = f.year.start()));
        c.add(rule("8720", f -> f.cpp.start = null, f -> f.cpp.start = f.year.end()));
        c.add(rule("8730", f -> f.cpp.previousPlans = "-1", f -> f.cpp.previousPlans = "0"));
        c.add(rule("8736", f -> {
            f.assessment.authorised = null;
            f.assessment.start = f.year.start().minusDays(1);
        }, f -> {
            f.assessment.authorised = null;
            f.assessment.start = f.year.start();
        }));
        c.add(rule("8740", f -> {
            f.s47.icpc = null;
            f.s47.start = f.year.start().minusDays(1);
        }, f -> {
            f.s47.icpc = null;
            f.s47.start = f.year.start().minusDays(1);
            f.s47.icpcNotRequired = true;
        }));
        c.add(rule("8750", f -> {
            f.child.birth = null;
            f.child.expectedBirth = f.year.end();
        }, f -> {
            f.child.birth = null;
            f.child.expectedBirth = f.year.end();
            f.child.sex = "U";
            f.child.genderCurrent = "0";
        }));
        c.add(rule("8770Q", f -> {
            f.child.upn = null;
            f.child.upnUnknown = "UN1";
        }, f -> {
            f.child.upn = null;
            f.child.upnUnknown = "UN2";
        }));
        c.add(rule("8772", f -> {
            f.child.upnUnknown = "UN7";
            f.noFurtherAction();
            f.details.referralNfa = null;
        }, f -> {
            f.child.upnUnknown = "UN7";
            f.noFurtherAction();
        }));
        c.add(rule("8775Q", f -> f.child.birth = f.year.end().minusYears(26),
                f -> f.child.birth = f.year.end().minusYears(25)));
        c.add(rule("8790", f -> f.child.disabilities.add("NONE"),
                f -> f.child.disabilities = new ArrayList<>(List.of("NONE"))));
        c.add(rule("8794", f -> f.child.disabilities.add("MOB"), CLEAN));
        c.add(rule("8805", f -> f.details.closure = f.date(9, 1), f -> {
            f.details.closure = f.date(9, 1);
            f.details.reasonForClosure = "RC7";
        }));
        c.add(rule("8810", f -> f.details.reasonForClosure = "RC7", CLEAN));
        c.add(rule("8815", f -> f.newDetails(f.child, f.date(6, 1)),
                f -> f.newDetails(f.child, f.date(6, 1)).referralNfa = true));
        c.add(rule("8816", f -> {
            Details earlier = f.earlierEpisode();
            earlier.closure = null;
            earlier.reasonForClosure = null;
        }, f -> f.earlierEpisode()));
        c.add(rule("8820", f -> f.earlierEpisode().closure = f.details.referral.plusDays(1),
                f -> f.earlierEpisode().closure = f.details.referral));
        c.add(rule("8825Q", f -> {
            f.assessedOnly();
            f.details.assessments = List.of();
            f.details.closure = f.date(9, 1);
            f.details.reasonForClosure = "RC8";
        }, f -> {
            f.assessedOnly();
            f.details.closure = f.date(9, 1);
            f.details.reasonForClosure = "RC8";
        }));
        c.add(rule("8831", f -> f.details.referralNfa = true, f -> f.noFurtherAction()));
        c.add(rule("8832", f -> f.details.referralNfa = true, CLEAN));
        c.add(rule("8839", f -> {
            f.s47.icpc = null;
            f.addS47(f.details, f.date(6, 1), null, false);
        }, f -> {
            f.s47.icpc = null;
            f.addS47(f.details, f.date(6, 1), null, true);
        }));
        c.add(rule("8840", f -> f.cpp.end = f.cpp.start, f -> f.cpp.end = f.cpp.start.plusDays(1)));
        c.add(rule("8841", f -> f.cpp.reviews.set(0, f.cpp.start), f -> f.cpp.reviews.set(0, f.cpp.start.plusDays(1))));
        c.add(rule("8842Q", f -> f.cpp.reviews.set(0, null), CLEAN));
        c.add(rule("8863Q", f -> f.addAssessment(f.details, f.assessment.authorised, null),
                f -> f.addAssessment(f.details, f.assessment.authorised.plusDays(1), f.date(7, 1))));
        c.add(rule("8866", f -> f.details.referralSource = null, f -> {
            f.details.referralSource = null;
            f.details.referral = LocalDate.of(2013, 3, 31);
        }));
        c.add(rule("8867", f -> {
            f.details.closure = f.date(9, 1);
            f.assessment.authorised = null;
        }, f -> f.details.closure = f.date(9, 1)));
        c.add(rule("8868", f -> {
            f.details.closure = f.date(9, 1);
            f.s47.icpc = null;
        }, f -> {
            f.details.closure = f.date(9, 1);
            f.s47.icpc = null;
            f.s47.icpcNotRequired = true;
        }));
        c.add(rule("8869", f -> f.assessment.factors = new ArrayList<>(List.of("21", "1A")),
                f -> f.assessment.factors = new ArrayList<>(List.of("21"))));
        c.add(rule("8870Q", f -> f.s47.icpcTarget = CinFixture.weekend(f.s47.icpcTarget), CLEAN));
        c.add(rule("8873Q", f -> f.assessment.factors = new ArrayList<>(List.of("21")), f -> {
            f.assessment.factors = new ArrayList<>(List.of("21"));
            f.details.closure = f.date(9, 1);
            f.details.reasonForClosure = "RC9";
        }));
        c.add(rule("8875", f -> f.s47.icpc = CinFixture.weekend(f.s47.icpc), CLEAN));
        c.add(rule("8890", f -> f.addS47(f.details, f.s47.icpc, f.s47.icpc.plusDays(14), false),
                f -> f.addS47(f.details, f.s47.icpc.plusDays(1), f.s47.icpc.plusDays(14), false)));
        c.add(rule("8896", f -> {
            f.assessment.authorised = null;
            f.addAssessment(f.details, f.date(6, 1), null);
        }, f -> f.addAssessment(f.details, f.date(6, 1), null)));
        c.add(rule("8897Q", f -> f.assessment.factors = null, f -> {
            f.assessment.factors = null;
            f.assessment.authorised = null;
        }));
        c.add(rule("8898", f -> f.assessment.factors = new ArrayList<>(List.of("1A", "1A")),
                f -> f.assessment.factors = new ArrayList<>(List.of("1A", "1B"))));
        c.add(rule("8905", f -> f.cpp.initialCategory = "XXX", f -> f.cpp.initialCategory = "MUL"));
        c.add(rule("8910", f -> f.cpp.latestCategory = null, f -> f.cpp.latestCategory = "SAB"));
        c.add(rule("8915", f -> f.child.death = f.cpp.start.minusDays(1), f -> f.child.death = f.cpp.start));
        c.add(rule("8920", f -> {
            f.cpp.end = f.date(9, 1);
            f.child.death = f.date(8, 31);
        }, f -> {
            f.cpp.end = f.date(9, 1);
            f.child.death = f.date(9, 1);
        }));
        c.add(rule("8925", f -> f.cpp.end = f.cpp.start.minusDays(1), f -> f.cpp.end = f.cpp.start));
        c.add(rule("8930", f -> f.cpp.end = f.year.end().plusDays(1), f -> f.cpp.end = f.year.end()));
        c.add(rule("8935", f -> f.addCpp(f.details, f.date(9, 1), null),
                f -> f.addCpp(f.details, f.date(9, 1), f.date(10, 1))));
        c.add(rule("8940", f -> f.addCpp(f.details, f.date(9, 1), f.date(10, 1)), f -> {
            f.cpp.end = f.date(8, 31);
            f.addCpp(f.details, f.date(9, 1), f.date(10, 1));
        }));
        c.add(rule("8945Q", f -> f.assessment.factors.add("18A"), f -> f.assessment.factors.add("18B")));
        c.add(rule("8950Q", f -> f.assessment.factors.add("19A"), f -> f.assessment.factors.add("19C")));
        return c;
    }

    static Stream<Arguments> casesByYear() {
        List<Arguments> out = new ArrayList<>();
        for (Case c : cases()) {
            for (int y : YEARS) {
                if (RuleCatalogue.load("cin", CollectionYear.of(y)).rule(c.code()).isPresent()) {
                    out.add(Arguments.of(c, y));
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("casesByYear")
    void shouldFlagTheBreakingRecordAndNotTheNearMiss(Case c, int year) {
        CinFixture broken = new CinFixture(year);
        c.breaks().accept(broken);
        assertThat(codes(broken.validate(c.code()))).as("breaking record").containsExactly(c.code());

        CinFixture nearMiss = new CinFixture(year);
        c.passes().accept(nearMiss);
        assertThat(nearMiss.validate(c.code())).as("near miss").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {2023, 2024, 2025, 2026})
    void shouldFindNothingWrongWithTheCleanRecord(int year) {
        assertThat(new CinFixture(year).validateAll()).isEmpty();
    }

    @Test
    void shouldHaveOneCasePairForEveryImplementedRule() {
        Set<String> tested = cases().stream().map(Case::code).collect(Collectors.toCollection(LinkedHashSet::new));
        assertThat(tested).hasSameSizeAs(cases());
        assertThat(tested).containsExactlyInAnyOrderElementsOf(CinRules.implementedCodes());
    }

    @Test
    void shouldImplementEveryCataloguedRuleForEachYear() {
        Set<String> implemented = CinRules.implementedCodes();
        Set<String> everCatalogued = new LinkedHashSet<>();
        for (int y : YEARS) {
            CollectionYear year = CollectionYear.of(y);
            RuleCatalogue catalogue = RuleCatalogue.load("cin", year);
            List<String> missing = CinRules.missing(year);
            System.out.printf("CIN %s: %d of %d catalogued rules implemented; missing %s%n", year,
                    catalogue.size() - missing.size(), catalogue.size(), missing);
            catalogue.rules().forEach(r -> everCatalogued.add(r.code()));
            assertThat(missing).as("catalogued CIN rules of %s without an implementation", year).isEmpty();
        }
        assertThat(everCatalogued).containsAll(implemented);
    }

    @Test
    void shouldReportTheRowOfTheModuleThatBreaksTheRule() {
        CinFixture f = new CinFixture(2025);
        f.earlierEpisode();
        f.details.closure = f.s47.icpc.minusDays(1);
        List<ValidationIssue> issues = f.validate("8565");
        assertThat(issues).extracting(ValidationIssue::table, ValidationIssue::row)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("Section47", f.s47.row),
                        org.assertj.core.groups.Tuple.tuple("CINplanDates", f.plan.row));
        assertThat(issues).allSatisfy(i -> {
            assertThat(i.childId()).isEqualTo("C1");
            assertThat(i.message()).isEqualTo("Activity shown after a case has been closed");
            assertThat(i.fields()).contains("CINclosureDate", "S47ActualStartDate");
        });
    }

    @Test
    void shouldReadSexFromTheFieldOfTheYear() {
        CinFixture before = new CinFixture(2024);
        before.child.sex = null;
        assertThat(before.validate("4180")).as("GenderCurrent is the field up to 2023/24").isEmpty();

        CinFixture after = new CinFixture(2025);
        after.child.sex = "1";
        assertThat(codes(after.validate("4180"))).as("GenderCurrent codes are not Sex codes").containsExactly("4180");
        assertThat(after.validate("4180").get(0).message()).isEqualTo("Sex must be provided and equal M, F, or U");
    }

    @Test
    void shouldUseTheSchoolAgeOfTheDfesNovember2024LogicFor8770Q() {
        // Since November 2024 the DfE's logic for every year: born more than six years before the reference date.
        CinFixture f = new CinFixture(2025);
        f.child.upn = null;
        f.child.birth = LocalDate.of(2019, 4, 1);
        assertThat(f.validate("8770Q")).as("not yet six on 31 March 2025").isEmpty();
        f.child.birth = LocalDate.of(2019, 3, 30);
        assertThat(codes(f.validate("8770Q"))).containsExactly("8770Q");
        f.child.birth = LocalDate.of(2020, 8, 31);
        assertThat(f.validate("8770Q")).as("of reception age, but not six: the reading before November 2024").isEmpty();

        CinFixture old = new CinFixture(2024);
        old.child.upn = null;
        old.child.birth = LocalDate.of(2018, 4, 1);
        assertThat(old.validate("8770Q")).as("not yet over six on 31 March 2024").isEmpty();
        old.child.birth = LocalDate.of(2018, 3, 30);
        assertThat(codes(old.validate("8770Q"))).containsExactly("8770Q");
    }

    @Test
    void shouldReportLaLevelQueriesOnceWithoutAChild() {
        CinFixture f = new CinFixture(2025);
        f.child.disabilities = null;
        List<ValidationIssue> issues = f.validate("2887Q");
        assertThat(issues).singleElement().satisfies(i -> {
            assertThat(i.childId()).isNull();
            assertThat(i.row()).isEqualTo(IssueSink.WHOLE_RETURN);
            assertThat(i.table()).isEqualTo("Disabilities");
        });
    }

    @Test
    void shouldCheckTheUpnCheckLetterAgainstKnownUpns() {
        assertThat(IdentifierRules.upnCheckLetter("A950000178301")).isEqualTo('A');
        assertThat(IdentifierRules.upnCheckLetter("H243278544154")).isEqualTo('H');
        assertThat(IdentifierRules.upnCheckLetter("R247962919251")).isNotEqualTo('R');
    }

    @Test
    void shouldMatchAPlanToTheS47ConferenceBeforeTheEpisodeConference() {
        CinFixture f = new CinFixture(2025);
        f.details.initialCpc = f.cpp.start;
        f.s47.icpc = f.cpp.start.minusDays(7);
        assertThat(codes(f.validate("2885"))).as("the S47 records the conference, on another day")
                .containsExactly("2885");
        f.s47.icpc = f.cpp.start;
        assertThat(f.validate("2885")).isEmpty();
        f.cpp.start = f.year.start().minusDays(1);
        f.s47.icpc = null;
        assertThat(f.validate("2885")).as("plans that started before the year are not checked").isEmpty();
    }

    @Test
    void shouldWantANumberOfPreviousPlansOfZeroOrMore() {
        assertThat(PlanRules.nonNegativeInteger("0")).isTrue();
        assertThat(PlanRules.nonNegativeInteger("12")).isTrue();
        for (String bad : new String[] {null, "", "-1", "two", "1.5", "9999999999"}) {
            assertThat(PlanRules.nonNegativeInteger(bad)).as(String.valueOf(bad)).isFalse();
        }
    }

    private static List<String> codes(List<ValidationIssue> issues) {
        return issues.stream().map(ValidationIssue::ruleCode).distinct().toList();
    }
}
