package org.hearth.agencies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.journey.JourneyBuilder.*;

import java.time.LocalDate;
import java.util.List;
import org.hearth.access.Actor;
import org.hearth.access.Role;
import org.hearth.earlyhelp.EarlyHelpEpisode;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.FormChanges;
import org.hearth.journey.JourneyCommand;
import org.hearth.journey.Violation;
import org.junit.jupiter.api.Test;

/** Who else is involved: recording, updating and ending an agency's involvement, and naming the lead practitioner. */
class AgencyInvolvementTest {
    static final LocalDate TODAY = day(2026, 3, 10);
    static final JourneyCommand.Context WORKER = new JourneyCommand.Context(
            new Actor("sw.test", "Sam Test", Role.SOCIAL_WORKER, "T1"), TODAY);
    static final JourneyCommand.Context SCHOOL_USER = new JourneyCommand.Context(
            new Actor("school.test", "Pat School", Role.PARTNER, null), TODAY);
    static final Organisations.Org SCHOOL = new Organisations.Org("SCH", "Hillside Academy", "SCHOOL", "School or academy");
    static final Organisations.Org POLICE = new Organisations.Org("POL", "Example Valley Police", "POLICE_FORCE", "Police force");

    static final AgencyInvolvement SCHOOLS = new AgencyInvolvement(id(), CHILD_ID, "SCH", "Hillside Academy", "EDUCATION",
            "Ms Head", "DSL", "01632 960001", null, day(2025, 9, 1), null, null, day(2026, 2, 17), false);
    static final AgencyInvolvement POLICES = new AgencyInvolvement(id(), CHILD_ID, "POL", "Example Valley Police",
            "SAFEGUARDING", "PC Plod", null, null, "pc@example.org", day(2025, 10, 1), null, null, null, false);

    static List<String> refusals(ChildJourney j, JourneyCommand c, JourneyCommand.Context who) {
        return c.decide(j, who).refusals().stream().map(Violation::message).toList();
    }

    static RecordAgencyInvolvement record(Organisations.Org org, String acting) {
        return new RecordAgencyInvolvement(org, org == null ? "NOPE" : org.id(), "EDUCATION", "Ms Head", "DSL",
                "01632 960001", "head@example.org", day(2025, 9, 1), day(2026, 3, 2), acting);
    }

    @Test
    void shouldRecordAnAgencyInvolvedWithItsPractitionerAndLastContact() {
        ChildJourney j = aChild().journey();
        JourneyCommand.Decision d = record(SCHOOL, null).decide(j, WORKER);

        assertThat(d.refusals()).isEmpty();
        AgencyInvolvement i = (AgencyInvolvement) d.changes().get(0).record();
        assertThat(i.organisationName()).isEqualTo("Hillside Academy");
        assertThat(i.lastContactDate()).isEqualTo(day(2026, 3, 2));
        assertThat(i.leads()).isFalse();
        assertThat(FormChanges.refusals(j, d.changes())).isEmpty();
    }

    @Test
    void shouldRefuseAnUnknownOrganisationAndMissingContactDetails() {
        RecordAgencyInvolvement c = new RecordAgencyInvolvement(null, "NOPE", "EDUCATION", null, null, null, "not-an-email",
                TODAY.plusDays(1), null, null);
        assertThat(refusals(aChild().journey(), c, WORKER)).contains(
                "There is no organisation with that id in Hearth: select one from the list",
                "Enter the practitioner's name",
                "Enter an email address in the right format, like name@example.org",
                "When the agency became involved must be today or in the past");
    }

    @Test
    void shouldRefuseASecondOpenInvolvementOfTheSameOrganisation() {
        assertThat(refusals(aChild().with(SCHOOLS).journey(), record(SCHOOL, null), WORKER))
                .containsExactly("Hillside Academy is already involved (since 1 September 2025): update that involvement");
    }

    @Test
    void shouldLetAPartnerRecordOnlyItsOwnOrganisationsInvolvement() {
        assertThat(refusals(aChild().journey(), record(POLICE, "SCH"), SCHOOL_USER))
                .containsExactly("You can record only your own organisation's involvement");
        assertThat(refusals(aChild().journey(), record(SCHOOL, "SCH"), SCHOOL_USER)).isEmpty();
    }

    @Test
    void shouldLetAPartnerUpdateItsOwnRowButNotAnotherOrganisations() {
        ChildJourney j = aChild().with(SCHOOLS, POLICES).journey();
        UpdateAgencyInvolvement own = new UpdateAgencyInvolvement(SCHOOLS.id(), "Mr New", "DSL", "01632 960002", null,
                day(2026, 3, 9), "SCH");
        UpdateAgencyInvolvement theirs = new UpdateAgencyInvolvement(POLICES.id(), "Mr New", null, "01632 960002", null,
                null, "SCH");

        JourneyCommand.Decision d = own.decide(j, SCHOOL_USER);
        assertThat(d.refusals()).isEmpty();
        AgencyInvolvement updated = (AgencyInvolvement) d.changes().get(0).record();
        assertThat(updated.practitionerName()).isEqualTo("Mr New");
        assertThat(updated.lastContactDate()).isEqualTo(day(2026, 3, 9));
        assertThat(updated.organisationId()).isEqualTo("SCH");
        assertThat(refusals(j, theirs, SCHOOL_USER))
                .containsExactly("You can change only your own organisation's involvement with this child");
        // The council's own staff (no organisation) may update any row.
        assertThat(refusals(j, new UpdateAgencyInvolvement(POLICES.id(), "Mr New", null, "01632 960002", null, null,
                null), WORKER)).isEmpty();
    }

    @Test
    void shouldRefuseALastContactEarlierThanTheOneRecorded() {
        assertThat(refusals(aChild().with(SCHOOLS).journey(), new UpdateAgencyInvolvement(SCHOOLS.id(), "Ms Head", null,
                "01632 960001", null, day(2026, 1, 5), null), WORKER))
                .containsExactly("The last contact was already recorded as 17 February 2026: enter that day or a later one");
    }

    @Test
    void shouldEndOnlyOwnInvolvementAndNeverBeforeItBegan() {
        ChildJourney j = aChild().with(SCHOOLS).journey();
        assertThat(refusals(j, new EndAgencyInvolvement(SCHOOLS.id(), TODAY, "Moved school", "POL"), SCHOOL_USER))
                .containsExactly("You can change only your own organisation's involvement with this child");
        assertThat(refusals(j, new EndAgencyInvolvement(SCHOOLS.id(), day(2025, 1, 1), "Moved school", "SCH"), SCHOOL_USER))
                .containsExactly("The involvement cannot end before it began on 1 September 2025");
        JourneyCommand.Decision d = new EndAgencyInvolvement(SCHOOLS.id(), TODAY, "Moved school", "SCH")
                .decide(j, SCHOOL_USER);
        assertThat(d.refusals()).isEmpty();
        assertThat(((AgencyInvolvement) d.changes().get(0).record()).endDate()).isEqualTo(TODAY);
    }

    @Test
    void shouldNameAPartnersPractitionerLeadForFamilyHelpAndStopThePreviousLead() {
        EarlyHelpEpisode help = new EarlyHelpEpisode(id(), CHILD_ID, day(2026, 1, 5), null, "Parenting support", null,
                null, null);
        ChildJourney j = aChild().with(help, SCHOOLS.withLead(true), POLICES).journey();

        JourneyCommand.Decision d = new NameLeadPractitioner(POLICES.id(), null).decide(j, WORKER);

        assertThat(d.refusals()).isEmpty();
        assertThat(d.changes()).extracting(c -> ((AgencyInvolvement) c.record()).organisationId() + ":"
                + ((AgencyInvolvement) c.record()).leads()).containsExactly("SCH:false", "POL:true");
        assertThat(FormChanges.refusals(j, d.changes())).isEmpty();
    }

    @Test
    void shouldRefuseAPartnersLeadWhileTheChildIsInNeedOrHasNoFamilyHelp() {
        assertThat(refusals(aChild().with(SCHOOLS, referral(day(2026, 2, 1))).journey(),
                new NameLeadPractitioner(SCHOOLS.id(), null), WORKER)).containsExactly(
                "The child has a child in need episode open: their social worker is the lead practitioner");
        assertThat(refusals(aChild().with(SCHOOLS).journey(), new NameLeadPractitioner(SCHOOLS.id(), null), WORKER))
                .containsExactly("A practitioner from another agency leads family help: start family help before naming them");
    }

    @Test
    void shouldRefuseAPartnerNamingTheLead() {
        assertThat(refusals(aChild().with(SCHOOLS).journey(), new NameLeadPractitioner(SCHOOLS.id(), "SCH"), SCHOOL_USER))
                .containsExactly("The council names the lead practitioner, with the family");
    }

    @Test
    void shouldBreakTheRuleOfOneLeadWhenTwoLead() {
        assertThat(AgenciesStage.oneLead(aChild().with(SCHOOLS.withLead(true), POLICES.withLead(true)).journey()))
                .extracting(Violation::rule).containsExactly("one-lead-practitioner");
        assertThat(AgenciesStage.oneLead(aChild().with(SCHOOLS.withLead(true), POLICES).journey())).isEmpty();
    }

    @Test
    void shouldSayHowRecentTheLastContactWasInWords() {
        assertThat(Involvements.recency(null, TODAY)).isEqualTo("no contact recorded");
        assertThat(Involvements.recency(TODAY, TODAY)).isEqualTo("last contact today");
        assertThat(Involvements.recency(TODAY.minusDays(1), TODAY)).isEqualTo("last contact yesterday");
        assertThat(Involvements.recency(TODAY.minusDays(5), TODAY)).isEqualTo("last contact 5 days ago");
        assertThat(Involvements.recency(TODAY.minusDays(21), TODAY)).isEqualTo("last contact 3 weeks ago");
        assertThat(Involvements.recency(TODAY.minusMonths(5), TODAY)).isEqualTo("last contact 5 months ago");
        assertThat(Involvements.recency(TODAY.minusYears(3), TODAY)).isEqualTo("last contact 3 years ago");
    }
}
