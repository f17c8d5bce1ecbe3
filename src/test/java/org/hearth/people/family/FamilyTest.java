package org.hearth.people.family;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.journey.JourneyBuilder.CHILD_ID;
import static org.hearth.journey.JourneyBuilder.aChild;
import static org.hearth.journey.JourneyBuilder.day;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.JourneyBuilder;
import org.hearth.people.Address;
import org.hearth.people.FamilyAdult;
import org.hearth.people.Relationship;
import org.junit.jupiter.api.Test;

/** Issue 13 §2: the household and family view and the genogram, from the record and what the actor may see. */
class FamilyTest {
    static final LocalDate TODAY = day(2026, 3, 10);
    static final UUID SISTER = UUID.randomUUID();
    static final UUID HIDDEN_BROTHER = UUID.randomUUID();
    static final UUID BABY = UUID.randomUUID();

    static ChildJourney family() {
        FamilyAdult mum = new FamilyAdult(UUID.randomUUID(), CHILD_ID, null, "MOTHER", "Dana", "Reid", day(1990, 2, 3),
                "F", "WBRI", "English", "4 Mill Lane", "LS6 1AA", null, true, "BIRTH_MOTHER", "LOOKED_AFTER", null,
                "SEPARATED", null, null, null);
        FamilyAdult dad = new FamilyAdult(UUID.randomUUID(), CHILD_ID, null, "FATHER", "Lee", "Reid", null, "M", null,
                null, "9 Park Avenue", "LS7 2BB", false, true, "MARRIED_FATHER", null, null, "SEPARATED",
                day(2024, 1, 1), null, null);
        Address home = new Address(UUID.randomUUID(), CHILD_ID, "Home", "4 mill lane", "ls6 1aa", day(2015, 6, 1), null);
        Relationship sister = new Relationship(UUID.randomUUID(), CHILD_ID, SISTER, "HALF_SIBLING", false, null, null);
        return aChild().with(mum, dad, home, sister).journey();
    }

    static Map<UUID, Family.Known> known() {
        return Map.of(SISTER, new Family.Known(SISTER, true, "Amy Cole", "F", day(2012, 1, 1), null, false, false, null),
                HIDDEN_BROTHER, new Family.Known(HIDDEN_BROTHER, false, null, "M", null, null, false, false, null),
                BABY, new Family.Known(BABY, true, "Baby Reid", null, null, day(2026, 6, 1), false, true, null));
    }

    @Test
    void shouldShowParentsWithPrTheHouseholdAndSiblingsFromBothRecordsWithoutNamingHiddenOnes() {
        Family f = Family.of(family(), TODAY, known(), List.of(new Family.Reverse(HIDDEN_BROTHER, "SIBLING"),
                new Family.Reverse(BABY, "MOTHER")));
        assertThat(f.adults()).extracting(Family.Adult::name).containsExactly("Dana Reid", "Lee Reid");
        assertThat(f.mother().prLabel()).isEqualTo("Birth mother");
        assertThat(f.mother().careHistoryLabel()).isEqualTo("Looked after as a child");
        assertThat(f.mother().livesWithChild()).as("same address, written differently").isTrue();
        assertThat(f.father().deceased()).isTrue();
        assertThat(f.household()).extracting(Family.Member::name).containsExactly("Test Child", "Dana Reid");
        assertThat(f.siblings()).extracting(Family.Sibling::name)
                .containsExactly("Amy Cole", "A brother (record not shared with you)");
        assertThat(f.siblings()).extracting(Family.Sibling::kindLabel).containsExactly("Half-sister", "Full brother");
        assertThat(f.siblings().get(1).livesWhere()).isEqualTo("Not shared with you");
        assertThat(f.children()).singleElement().satisfies(b -> {
            assertThat(b.unborn()).isTrue();
            assertThat(b.expected()).isEqualTo(day(2026, 6, 1));
        });
    }

    @Test
    void shouldDrawTheGrandparentsTheRecordHasAboveTheParentWhoseParentsTheyAre() {
        FamilyAdult mum = new FamilyAdult(UUID.randomUUID(), CHILD_ID, null, "MOTHER", "Dana", "Reid", null, "F", null,
                null, null, null, null, true, "BIRTH_MOTHER", null, null, "MARRIED", null, null, null);
        FamilyAdult dad = new FamilyAdult(UUID.randomUUID(), CHILD_ID, null, "FATHER", "Lee", "Okafor", null, "M", null,
                null, null, null, null, true, "MARRIED_FATHER", null, null, "MARRIED", null, null, null);
        FamilyAdult nan = new FamilyAdult(UUID.randomUUID(), CHILD_ID, null, "GRANDPARENT", "June", "Reid", null, "F",
                null, null, null, null, null, false, null, null, null, null, null, null, null);
        FamilyAdult grandad = new FamilyAdult(UUID.randomUUID(), CHILD_ID, null, "GRANDPARENT", "Ade", "Okafor", null,
                "M", null, null, null, null, null, false, null, null, null, null, day(2020, 1, 1), null, null);
        FamilyAdult unknownSide = new FamilyAdult(UUID.randomUUID(), CHILD_ID, null, "GRANDPARENT", "Pat", "Smith", null,
                null, null, null, null, null, null, false, null, null, null, null, null, null, null);
        Family f = Family.of(aChild().with(mum, dad, nan, grandad, unknownSide).journey(), TODAY, known(), List.of());

        assertThat(GenogramSvg.grandparents(f)).extracting(Family.Adult::name)
                .containsExactly("Ade Okafor", "Pat Smith", "June Reid");
        assertThat(GenogramSvg.side(f, f.adults().stream().filter(a -> a.name().equals("June Reid")).findFirst()
                .orElseThrow())).isSameAs(f.mother());
        String svg = GenogramSvg.render(f);
        assertThat(svg).contains(">June Reid<", ">mother&#39;s parent<", ">Ade Okafor<", ">father&#39;s parent<",
                ">Pat Smith<", ">grandparent<", "translate(0 " + GenogramSvg.GRANDPARENTS_ROW + ")");
        assertThat(GenogramSvg.describe(f)).contains("Grandparent: June Reid, mother's parent",
                "Grandparent: Ade Okafor (died), father's parent",
                "Grandparent: Pat Smith, which parent's parent is not recorded");

        Family noGrandparents = Family.of(aChild().with(mum, dad).journey(), TODAY, known(), List.of());
        assertThat(GenogramSvg.render(noGrandparents)).doesNotContain("translate(").doesNotContain("parent&#39;s");
        Family onlyMum = Family.of(aChild().with(mum, grandad).journey(), TODAY, known(), List.of());
        assertThat(GenogramSvg.side(onlyMum, onlyMum.adults().stream().filter(a -> a.name().equals("Ade Okafor"))
                .findFirst().orElseThrow())).as("the only parent recorded").isSameAs(onlyMum.mother());
    }

    @Test
    void shouldDrawTheGenogramInStandardNotationWithATextAlternativeAndNoRawCodes() {
        Family f = Family.of(family(), TODAY, known(), List.of(new Family.Reverse(HIDDEN_BROTHER, "SIBLING"),
                new Family.Reverse(BABY, "MOTHER")));
        String svg = GenogramSvg.render(f);
        assertThat(svg).contains("role=\"img\"", "<title id=\"genogram-title\">", "<desc id=\"genogram-desc\">");
        assertThat(svg).contains("<circle").contains("<rect").contains("<polygon"); // female, male, unborn
        assertThat(svg).contains("Dana Reid", "Lee Reid", "Amy Cole", "Not shared with you", "unborn, due Jun 2026");
        assertThat(svg).doesNotContain("HALF_SIBLING", "BIRTH_MOTHER", "SEPARATED", "style=");
        assertThat(GenogramSvg.describe(f)).contains("Mother: Dana Reid, separated", "Father: Lee Reid (died)",
                "Half-sister: Amy Cole", "Full brother: A brother (record not shared with you)",
                "Unborn baby due Jun 2026: Baby Reid");
    }

    @Test
    void shouldEscapeNamesAndDrawAnEmptyFamily() {
        FamilyAdult odd = new FamilyAdult(UUID.randomUUID(), CHILD_ID, null, "MOTHER", "<script>", "&", null, null,
                null, null, null, null, null, false, null, null, null, null, null, null, null);
        Family f = Family.of(aChild().with(odd).journey(), TODAY, Map.of(), List.of());
        assertThat(GenogramSvg.render(f)).doesNotContain("<script>").contains("&lt;script&gt; &amp;");
        Family empty = Family.of(aChild().journey(), TODAY, Map.of(), List.of());
        assertThat(GenogramSvg.describe(empty)).endsWith("No family recorded yet.");
        assertThat(empty.household()).isEmpty();
    }

    @Test
    void shouldLeaveOutEndedAdultsAndLinks() {
        FamilyAdult gone = new FamilyAdult(UUID.randomUUID(), CHILD_ID, null, "STEP_PARENT", "Kim", null, null, null,
                null, null, null, null, null, false, null, null, null, null, null, day(2020, 1, 1), day(2025, 1, 1));
        Relationship ended = new Relationship(UUID.randomUUID(), CHILD_ID, SISTER, "SIBLING", false, null,
                day(2025, 1, 1));
        Family f = Family.of(aChild().with(gone, ended).journey(), TODAY, known(), List.of());
        assertThat(f.adults()).isEmpty();
        assertThat(f.siblings()).isEmpty();
        assertThat(JourneyBuilder.child().displayName()).isEqualTo("Test Child");
    }

    @Test
    void shouldDrawAFamilyWithOnlyOneParentOrNone() {
        FamilyAdult mum = new FamilyAdult(UUID.randomUUID(), CHILD_ID, null, "MOTHER", "Dana", null, null, "F", null,
                null, null, null, null, true, "BIRTH_MOTHER", null, null, null, null, null, null);
        Relationship sister = new Relationship(UUID.randomUUID(), CHILD_ID, SISTER, "SIBLING", false, null, null);
        assertThat(GenogramSvg.render(Family.of(aChild().with(mum, sister).journey(), TODAY, known(), List.of())))
                .contains("Dana", "Amy Cole");
        assertThat(GenogramSvg.render(Family.of(aChild().with(sister).journey(), TODAY, known(), List.of())))
                .contains("Amy Cole");
    }
}
