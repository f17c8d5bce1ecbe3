package org.hearth.agencies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.journey.JourneyBuilder.*;

import java.time.LocalDate;
import java.util.List;
import org.hearth.access.Actor;
import org.hearth.access.Role;
import org.hearth.earlyhelp.EarlyHelpEpisode;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.JourneyCommand;
import org.hearth.journey.Violation;
import org.junit.jupiter.api.Test;

/** Joint thresholds: a partner's assessment accepted as the basis of family help, so the family is not assessed again. */
class AcceptPartnerAssessmentTest {
    static final LocalDate TODAY = day(2026, 3, 10);
    static final JourneyCommand.Context WORKER = new JourneyCommand.Context(
            new Actor("eh.test", "Eve Help", Role.EARLY_HELP_WORKER, "T1"), TODAY);
    static final Organisations.Org SCHOOL = new Organisations.Org("SCH", "Hillside Academy", "SCHOOL", "School or academy");
    static final EarlyHelpEpisode HELP = new EarlyHelpEpisode(id(), CHILD_ID, day(2026, 3, 4), null, "Parenting", null,
            null, null);

    static List<String> refusals(ChildJourney j, JourneyCommand c) {
        return c.decide(j, WORKER).refusals().stream().map(Violation::message).toList();
    }

    static AcceptPartnerAssessment accept(LocalDate on, String acting) {
        return new AcceptPartnerAssessment(SCHOOL, "SCH", "EARLY_HELP", on, "Needs: routines, school attendance", acting);
    }

    @Test
    void shouldBaseOpenFamilyHelpOnTheSchoolsAssessment() {
        JourneyCommand.Decision d = accept(day(2026, 3, 3), null).decide(aChild().with(HELP).journey(), WORKER);

        assertThat(d.refusals()).isEmpty();
        PartnerAssessment a = (PartnerAssessment) d.changes().get(0).record();
        assertThat(a.earlyHelpId()).isEqualTo(HELP.id());
        assertThat(a.basis()).isEqualTo("Help based on Hillside Academy's early help assessment of 3 March 2026");
    }

    @Test
    void shouldRefuseWithNoFamilyHelpOpenOrAnOldOrFutureAssessment() {
        assertThat(refusals(aChild().journey(), accept(day(2026, 3, 3), null))).containsExactly(
                "The child has no family help open: start family help, then base it on the assessment");
        assertThat(refusals(aChild().with(HELP).journey(), accept(day(2025, 6, 1), null))).containsExactly(
                "An assessment from before 10 September 2025 is too old to base help on now: the family's needs may "
                + "have changed");
        assertThat(refusals(aChild().with(HELP).journey(), accept(TODAY.plusDays(1), null))).containsExactly(
                "The date of the assessment must be today or in the past");
    }

    @Test
    void shouldRefuseASecondBasisAndAPartnerAcceptingForTheCouncil() {
        PartnerAssessment before = new PartnerAssessment(id(), CHILD_ID, "SCH", "Hillside Academy", "EARLY_HELP",
                day(2026, 3, 1), "s", HELP.id(), day(2026, 3, 5), "eh.test");
        assertThat(refusals(aChild().with(HELP, before).journey(), accept(day(2026, 3, 3), null))).containsExactly(
                "This family help is already based on a partner's assessment");
        assertThat(refusals(aChild().with(HELP).journey(), accept(day(2026, 3, 3), "SCH"))).containsExactly(
                "The council accepts an assessment as the basis of its help: send yours with a referral or to the "
                + "family's lead practitioner");
    }
}
