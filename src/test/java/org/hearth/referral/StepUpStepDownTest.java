package org.hearth.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.journey.JourneyBuilder.aChild;
import static org.hearth.journey.JourneyBuilder.authorisedAssessment;
import static org.hearth.journey.JourneyBuilder.day;
import static org.hearth.journey.JourneyBuilder.earlyHelp;
import static org.hearth.journey.JourneyBuilder.referral;

import java.time.LocalDate;
import java.util.List;
import org.hearth.access.Actor;
import org.hearth.access.Role;
import org.hearth.earlyhelp.EarlyHelp;
import org.hearth.earlyhelp.EarlyHelpEpisode;
import org.hearth.earlyhelp.EarlyHelpStage;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.FormChanges;
import org.hearth.journey.JourneyCommand;
import org.hearth.journey.Violation;
import org.junit.jupiter.api.Test;

class StepUpStepDownTest {
    static final LocalDate TODAY = day(2026, 3, 10);
    static final JourneyCommand.Context WORKER = new JourneyCommand.Context(
            new Actor("sw.test", "Sam Test", Role.SOCIAL_WORKER, "T1"), TODAY);

    static ChildJourney run(ChildJourney j, JourneyCommand c) {
        JourneyCommand.Decision d = c.decide(j, WORKER);
        assertThat(d.refusals()).extracting(Violation::message).isEmpty();
        assertThat(FormChanges.refusals(j, d.changes())).isEmpty();
        return FormChanges.applied(j, d.changes());
    }

    @Test
    void shouldOpenFamilyHelpWhenCinClosesWithRc9() {
        Referral r = referral(day(2026, 1, 5));
        // RC9: the assessment found the child would be helped best by family help (no child in need plan, DfE 2990).
        ChildJourney j = aChild().with(r, authorisedAssessment(r, day(2026, 1, 6), day(2026, 2, 20), "21")).journey();
        CloseCinEpisode close = new CloseCinEpisode(r.id(), day(2026, 3, 2), "RC9");
        assertThat(close.parts()).contains(EarlyHelpStage.EARLY_HELP.name());
        ChildJourney closed = run(j, close);
        EarlyHelpEpisode help = EarlyHelp.open(closed).orElseThrow();
        assertThat(help.episodeStartDate()).isEqualTo(day(2026, 3, 2));
        assertThat(help.episodeReason()).startsWith("Stepped down from children's social care");
        assertThat(closed.all(ReferralStage.CONTACTS)).as("no new contact or referral").isEmpty();
        assertThat(closed.all(ReferralStage.REFERRALS)).hasSize(1);
    }

    @Test
    void shouldNotOpenFamilyHelpForOtherClosureReasonsNorASecondEpisode() {
        Referral r = referral(day(2026, 1, 5));
        assertThat(EarlyHelp.open(run(aChild().with(r).journey(), new CloseCinEpisode(r.id(), day(2026, 3, 2), "RC8"))))
                .isEmpty();
        EarlyHelpEpisode open = earlyHelp(day(2025, 12, 1), null);
        ChildJourney both = run(aChild().with(open, r).journey(), new CloseCinEpisode(r.id(), day(2026, 3, 2), "RC9"));
        assertThat(both.all(EarlyHelpStage.EARLY_HELP)).containsExactly(open);
    }

    RecordContact referralWith(String familyHelp) {
        return new RecordContact(day(2026, 3, 9), "2A", "School worried", RecordContact.REFERRAL, day(2026, 3, 9), "N1",
                false, familyHelp);
    }

    @Test
    void shouldAskWhetherFamilyHelpEndsOrContinuesWhenAReferralArrives() {
        EarlyHelpEpisode open = earlyHelp(day(2026, 1, 1), null);
        ChildJourney helped = aChild().with(open).journey();
        assertThat(referralWith(null).decide(helped, WORKER).refusals()).extracting(Violation::message).containsExactly(
                "Family help started on 1 January 2026 is open: select whether it ends or continues alongside the referral");

        ChildJourney steppedUp = run(helped, referralWith(RecordContact.FAMILY_HELP_ENDS));
        EarlyHelpEpisode ended = steppedUp.find(EarlyHelpStage.EARLY_HELP, open.id()).orElseThrow();
        assertThat(ended.episodeEndDate()).isEqualTo(day(2026, 3, 9));
        assertThat(ended.episodeEndReason()).isEqualTo(EarlyHelpEpisode.STEP_UP);

        ChildJourney alongside = run(helped, referralWith(RecordContact.FAMILY_HELP_CONTINUES));
        EarlyHelpEpisode continued = alongside.find(EarlyHelpStage.EARLY_HELP, open.id()).orElseThrow();
        assertThat(continued.episodeEndDate()).isNull();
        assertThat(continued.episodeContinuedAtReferral()).isEqualTo(day(2026, 3, 9));
        assertThat(continued.summary()).contains("continued alongside the referral of 9 March 2026");
        assertThat(Referrals.open(alongside)).isPresent();
    }

    @Test
    void shouldNotAskAboutFamilyHelpWhenNoneIsOpen() {
        assertThat(run(aChild().journey(), referralWith(null)).all(EarlyHelpStage.EARLY_HELP)).isEmpty();
    }
}
