package org.hearth.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hearth.journey.JourneyBuilder.CHILD_ID;
import static org.hearth.journey.JourneyBuilder.aChild;
import static org.hearth.journey.JourneyBuilder.day;
import static org.hearth.journey.JourneyBuilder.icpc;
import static org.hearth.journey.JourneyBuilder.referral;
import static org.hearth.journey.JourneyBuilder.s47;
import static org.hearth.journey.JourneyBuilder.strategy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.hearth.access.Actor;
import org.hearth.access.Role;
import org.hearth.care.CarePeriod;
import org.hearth.care.CareStage;
import org.hearth.care.CeaseCare;
import org.hearth.care.LegalStatus;
import org.hearth.care.Placement;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.JourneyChange;
import org.hearth.journey.JourneyCommand;
import org.hearth.journey.RuleViolations;
import org.hearth.journey.Violation;
import org.hearth.protection.CpPlan;
import org.hearth.protection.InitialConference;
import org.hearth.protection.ProtectionStage;
import org.hearth.protection.S47Enquiry;
import org.hearth.protection.StrategyDiscussion;
import org.hearth.referral.Referral;
import org.junit.jupiter.api.Test;

class JourneyPlayerTest {
    static final LocalDate TODAY = day(2026, 3, 10);
    static final JourneyCommand.Context WORKER = new JourneyCommand.Context(
            new Actor("sw.test", "Sam Test", Role.SOCIAL_WORKER, "T1"), TODAY);
    static final UUID NEW_ID = UUID.fromString("00000000-0000-0000-0000-0000000000a1");
    static final Supplier<UUID> NO_NEW_RECORDS = () -> {
        throw new AssertionError("no record should be added");
    };

    final JourneyPlayer player = JourneyPlayer.standard();
    final ChildJourney lookedAfter = aChild().lookedAfter(day(2026, 1, 5), null).journey();

    final Referral referral = referral(day(2025, 1, 6));
    final StrategyDiscussion discussion = strategy(referral, day(2025, 1, 8));
    final S47Enquiry enquiry = s47(referral, discussion, day(2025, 1, 8));
    final InitialConference conference = icpc(referral, enquiry, day(2025, 1, 24), true);
    final ChildJourney conferenced = aChild().with(referral, discussion, enquiry, conference).journey();

    /** A test step that starts a CP plan at the conference, leaving its id, child and previous plans to be filled in. */
    record StartPlan(UUID referralId, InitialConference conference, List<String> parts) implements JourneyCommand {
        StartPlan(UUID referralId, InitialConference conference) {
            this(referralId, conference, List.of(ProtectionStage.CP_PLANS.name()));
        }

        @Override
        public Decision decide(ChildJourney journey, Context context) {
            return Decision.of(JourneyChange.of(ProtectionStage.CP_PLANS, new CpPlan(null, null, referralId,
                    conference.id(), conference.icpcDate(), null, "NEG", "NEG", null)));
        }
    }

    @Test
    void shouldApplyTheCommandsChangesToTheJourneyAsTheAppWouldSaveThem() {
        JourneyPlayer.Played played = player.play(lookedAfter, new CeaseCare(day(2026, 3, 9), "E4A"), WORKER,
                NO_NEW_RECORDS);

        ChildJourney after = played.journey();
        assertThat(after.all(CareStage.CARE_PERIODS)).singleElement().satisfies(p -> {
            assertThat(p.periodEndDate()).isEqualTo(day(2026, 3, 9));
            assertThat(p.reasonCeased()).isEqualTo("E4A");
        });
        assertThat(after.all(CareStage.PLACEMENTS)).extracting(Placement::claPlacementEndDate)
                .containsExactly(day(2026, 3, 9));
        assertThat(after.all(CareStage.LEGAL_STATUSES)).extracting(LegalStatus::legalStatusEndDate)
                .containsExactly(day(2026, 3, 9));
        assertThat(played.saved()).extracting(s -> s.kind().name())
                .containsExactly("care-periods", "placements", "legal-statuses");
        assertThat(played.saved()).allSatisfy(s -> assertThat(s.added()).isFalse());
        // The records keep their ids: ceasing care replaces them, it adds nothing.
        assertThat(played.saved().get(0).record().id()).isEqualTo(lookedAfter.all(CareStage.CARE_PERIODS).get(0).id());
    }

    @Test
    void shouldRefuseWhatTheCommandRefusesAndChangeNothing() {
        ChildJourney notLookedAfter = aChild().journey();

        assertThatThrownBy(() -> player.play(notLookedAfter, new CeaseCare(day(2026, 1, 20), "E4A"), WORKER,
                NO_NEW_RECORDS))
                .isInstanceOfSatisfying(RuleViolations.class, e -> assertThat(e.violations())
                        .extracting(Violation::rule).containsExactly("cease-care-looked-after"));
        assertThatThrownBy(() -> player.play(lookedAfter, new CeaseCare(day(2026, 3, 11), "E4A"), WORKER,
                NO_NEW_RECORDS))
                .isInstanceOfSatisfying(RuleViolations.class, e -> assertThat(e.violations())
                        .extracting(Violation::rule).containsExactly("not-in-future"));
        assertThat(lookedAfter.all(CareStage.CARE_PERIODS)).extracting(CarePeriod::periodEndDate).containsOnlyNulls();
    }

    @Test
    void shouldRefuseAChangeThatBreaksAJourneyRuleTheRecordKept() {
        ChildJourney onPlan = player.play(conferenced, new StartPlan(referral.id(), conference), WORKER,
                () -> NEW_ID).journey();

        // A second open plan: the command allows it, the journey's rules (CIN 8935) do not.
        assertThatThrownBy(() -> player.play(onPlan, new StartPlan(referral.id(), conference), WORKER,
                () -> UUID.fromString("00000000-0000-0000-0000-0000000000a2")))
                .isInstanceOfSatisfying(RuleViolations.class, e -> assertThat(e.violations())
                        .extracting(Violation::dfeCode).contains("8935"));
        // A reason not in the 903's REC list: CeaseCare leaves the code to the journey's code rule.
        assertThatThrownBy(() -> player.play(lookedAfter, new CeaseCare(day(2026, 3, 9), "E99"), WORKER,
                NO_NEW_RECORDS))
                .isInstanceOfSatisfying(RuleViolations.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).contains("reasonCeased"));
    }

    @Test
    void shouldNotRefuseAChangeForWhatTheRecordAlreadyBroke() {
        // Imported history with a placement type no code list has: ceasing care today is still recorded.
        ChildJourney imported = aChild().with(org.hearth.journey.JourneyBuilder.carePeriod(day(2026, 1, 5), null),
                org.hearth.journey.JourneyBuilder.legalStatus(day(2026, 1, 5), null),
                org.hearth.journey.JourneyBuilder.placement(day(2026, 1, 5), null, "ZZ", null)).journey();
        assertThat(org.hearth.journey.JourneyBuilder.violations(imported)).isNotEmpty();

        ChildJourney after = player.play(imported, new CeaseCare(day(2026, 3, 9), "E4A"), WORKER, NO_NEW_RECORDS)
                .journey();

        assertThat(after.all(CareStage.CARE_PERIODS).get(0).periodEndDate()).isEqualTo(day(2026, 3, 9));
    }

    @Test
    void shouldGiveANewRecordItsIdAndTheChildsAndLetItsStagePrepareIt() {
        JourneyPlayer.Played played = player.play(conferenced, new StartPlan(referral.id(), conference), WORKER,
                () -> NEW_ID);

        CpPlan plan = played.journey().all(ProtectionStage.CP_PLANS).get(0);
        assertThat(plan.id()).isEqualTo(NEW_ID);
        assertThat(plan.personId()).isEqualTo(CHILD_ID);
        assertThat(plan.numberOfPreviousPlans()).as("derived by ProtectionStage.prepare").isZero();
        assertThat(played.saved()).singleElement().satisfies(s -> assertThat(s.added()).isTrue());
    }

    @Test
    void shouldRefuseACommandThatChangesNothingAPartItDoesNotDeclareOrARecordTheChildDoesNotHave() {
        JourneyCommand nothing = new JourneyCommand() {
            public List<String> parts() {
                return List.of(CareStage.CARE_PERIODS.name());
            }

            public Decision decide(ChildJourney journey, Context context) {
                return Decision.of(List.of());
            }
        };
        assertThatThrownBy(() -> player.play(lookedAfter, nothing, WORKER, NO_NEW_RECORDS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nothing to record");
        assertThatThrownBy(() -> player.play(conferenced, new StartPlan(referral.id(), conference,
                List.of(CareStage.CARE_PERIODS.name())), WORKER, () -> NEW_ID))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not declare");
        JourneyCommand elsewhere = new JourneyCommand() {
            public List<String> parts() {
                return List.of(ProtectionStage.CP_PLANS.name());
            }

            public Decision decide(ChildJourney journey, Context context) {
                return Decision.of(JourneyChange.of(ProtectionStage.CP_PLANS, new CpPlan(NEW_ID, CHILD_ID, referral.id(),
                        conference.id(), conference.icpcDate(), null, "NEG", "NEG", 0)));
            }
        };
        assertThatThrownBy(() -> player.play(conferenced, elsewhere, WORKER, NO_NEW_RECORDS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not on the child's record");
    }
}
