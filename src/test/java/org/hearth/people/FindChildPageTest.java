package org.hearth.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.hearth.access.Actor;
import org.hearth.access.BreakGlass;
import org.hearth.access.Role;
import org.junit.jupiter.api.Test;

class FindChildPageTest {
    @Test
    void shouldCarryTheSearchIntoTheNextAddressWhateverWasTyped() {
        assertThat(FindChildPage.withQuery("/children/new", "Mary-Ann {O'Neill} 3/4/2019 & co"))
                .isEqualTo("/children/new?q=Mary-Ann+%7BO%27Neill%7D+3%2F4%2F2019+%26+co");
        assertThat(FindChildPage.withQuery("/children", null)).isEqualTo("/children?q=");
    }

    @Test
    void shouldRefuseAnEmptyOrShortBreakGlassReason() {
        assertThat(BreakGlass.reasonProblem(null)).isEqualTo("Give the reason you need this child's record now");
        assertThat(BreakGlass.reasonProblem("   ")).isEqualTo("Give the reason you need this child's record now");
        assertThat(BreakGlass.reasonProblem("urgent")).contains("at least 10 characters");
        assertThat(BreakGlass.reasonProblem("Police called about the child tonight")).isNull();
    }

    @Test
    void shouldOfferBreakGlassToPractitionersOnly() {
        assertThat(BreakGlass.allowedFor(new Actor("sw", "SW", Role.SOCIAL_WORKER, "t"))).isTrue();
        assertThat(BreakGlass.allowedFor(new Actor("iro", "IRO", Role.IRO, "t"))).isTrue();
        assertThat(BreakGlass.allowedFor(new Actor("an", "Analyst", Role.DATA_ANALYST, null))).isFalse();
        assertThat(BreakGlass.allowedFor(new Actor("ad", "Admin", Role.ADMINISTRATOR, null))).isFalse();
    }

    @Test
    void shouldAskAgainForConfirmationWhenTheDetailsCheckedForDuplicatesChange() {
        String checked = NewChildPage.fingerprint("Maisie", "Vance", java.time.LocalDate.of(2019, 4, 3), null);
        assertThat(NewChildPage.fingerprint("maisie", "VANCE", java.time.LocalDate.of(2019, 4, 3), null)).isEqualTo(checked);
        assertThat(NewChildPage.fingerprint("Maisie", "Vance", java.time.LocalDate.of(2019, 4, 4), null)).isNotEqualTo(checked);
    }
}
