package org.hearth.dfeapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.dfeapi.Child.d;

import java.time.LocalDate;
import java.util.UUID;
import org.hearth.care.CarePeriod;
import org.hearth.care.CareStage;
import org.hearth.protection.CpPlan;
import org.hearth.protection.ProtectionStage;
import org.hearth.referral.Contact;
import org.hearth.referral.Referral;
import org.hearth.referral.ReferralStage;
import org.junit.jupiter.api.Test;

/** The flow's cohort: aged 25 or under at some point in the 24 months, with CIN, CP or CLA activity in them. */
class CohortTest {
    static final LocalDate TODAY = d("2026-04-30");
    static final Cohort.Window WINDOW = Cohort.Window.endingOn(TODAY);

    static Referral referral(Child c, LocalDate from, LocalDate to) {
        return new Referral(UUID.randomUUID(), c.id(), null, from, "1A", "N1", from, false, to == null ? null : "RC1", to);
    }

    @Test
    void shouldLookBack24MonthsFromTheDayOfTheSend() {
        assertThat(WINDOW.start()).isEqualTo(d("2024-04-30"));
        assertThat(WINDOW.end()).isEqualTo(TODAY);
    }

    @Test
    void shouldIncludeAChildWhoseOnlyActivityIsACinEpisodeThatClosed23MonthsAgo() {
        Child c = Child.born("C1", d("2012-01-01"));
        c.with(ReferralStage.REFERRALS, referral(c, d("2024-01-10"), TODAY.minusMonths(23)));
        assertThat(Cohort.includes(c.journey(), WINDOW)).isTrue();
    }

    @Test
    void shouldLeaveOutAChildWhoseOnlyCinEpisodeClosedBeforeTheWindow() {
        Child c = Child.born("C1", d("2012-01-01"));
        c.with(ReferralStage.REFERRALS, referral(c, d("2023-06-10"), TODAY.minusMonths(24).minusDays(1)));
        assertThat(Cohort.includes(c.journey(), WINDOW)).isFalse();
    }

    @Test
    void shouldIncludeAnEpisodeClosedOnTheWindowsFirstDay() {
        Child c = Child.born("C1", d("2012-01-01"));
        c.with(ReferralStage.REFERRALS, referral(c, d("2023-06-10"), WINDOW.start()));
        assertThat(Cohort.includes(c.journey(), WINDOW)).isTrue();
    }

    @Test
    void shouldIncludeAYoungPersonWhoTurned25InsideTheWindow() {
        Child c = Child.born("C1", d("2000-09-01")); // 25 on 2025-09-01
        c.with(CareStage.CARE_PERIODS, new CarePeriod(UUID.randomUUID(), c.id(), d("2016-01-01"), null, null, "N1"));
        assertThat(Cohort.includes(c.journey(), WINDOW)).isTrue();
    }

    @Test
    void shouldIncludeAYoungPersonWhoTurns26InsideTheWindowBecauseTheyWere25AtItsStart() {
        Child c = Child.born("C1", d("1998-05-01")); // 26 on 2024-05-01, the day after the window starts
        c.with(ReferralStage.REFERRALS, referral(c, d("2024-03-01"), null));
        assertThat(Cohort.includes(c.journey(), WINDOW)).isTrue();
    }

    @Test
    void shouldLeaveOutAYoungPersonWhoWas26OnTheWindowsFirstDay() {
        Child c = Child.born("C1", d("1998-04-30")); // 26 on 2024-04-30, the window's first day
        c.with(ReferralStage.REFERRALS, referral(c, d("2024-03-01"), null));
        assertThat(Cohort.includes(c.journey(), WINDOW)).isFalse();
    }

    @Test
    void shouldIncludeAnUnbornChildWithAPreBirthChildProtectionPlan() {
        Child c = Child.unborn("U1", d("2026-06-15"));
        c.with(ProtectionStage.CP_PLANS, new CpPlan(UUID.randomUUID(), c.id(), null, null, d("2026-03-01"), null,
                "NEG", "NEG", 0));
        assertThat(Cohort.includes(c.journey(), WINDOW)).isTrue();
    }

    @Test
    void shouldLeaveOutAChildWithOnlyAContactAndNoCinCpOrCareActivity() {
        Child c = Child.born("C1", d("2015-01-01"));
        c.with(ReferralStage.CONTACTS, new Contact(UUID.randomUUID(), c.id(), TODAY.minusDays(3), "1A", null, null, null));
        assertThat(Cohort.includes(c.journey(), WINDOW)).isFalse();
    }

    @Test
    void shouldIncludeAChildLookedAfterThroughoutTheWindow() {
        Child c = Child.born("C1", d("2015-01-01"));
        c.with(CareStage.CARE_PERIODS, new CarePeriod(UUID.randomUUID(), c.id(), d("2020-01-01"), null, null, "N1"));
        assertThat(Cohort.includes(c.journey(), WINDOW)).isTrue();
    }
}
