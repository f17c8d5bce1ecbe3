package org.hearth.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.journey.JourneyBuilder.CHILD_ID;
import static org.hearth.journey.JourneyBuilder.aChild;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hearth.access.View;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.child.Person;
import org.hearth.people.Address;
import org.hearth.people.Warning;
import org.junit.jupiter.api.Test;

class IdentityBarTest {
    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    static final View WHOLE = new View(View.Parts.EVERY, View.Parts.EVERY, false, null, null, null, null);
    static final View WITHHOLDING = new View(View.Parts.EVERY, View.Parts.NONE, true, null, null, null, null);

    static Person named(String forename, String knownAs) {
        Person p = org.hearth.journey.JourneyBuilder.child();
        return new Person(p.id(), p.legacyId(), p.kind(), forename, "Zorn", knownAs, "F", null, "WBRI", p.dob(),
                null, null, null, null, null, null, null, "Polish", null, null, null, null, null);
    }

    static final Address HOME = new Address(UUID.randomUUID(), CHILD_ID, "Home", "14 Larch Road, Leeds", "LS6 1AA",
            TODAY.minusYears(2), null);

    @Test
    void shouldShowTheLegalNameWithTheKnownAsNameNeverInItsPlace() {
        IdentityBar bar = IdentityBar.of(aChild(named("Alexandra", "Sasha")).journey(), WHOLE, TODAY, u -> u);
        assertThat(bar.legalName()).isEqualTo("Alexandra Zorn");
        assertThat(bar.knownAs()).isEqualTo("Sasha");
        assertThat(IdentityBar.of(aChild(named("Alexandra", "Alexandra")).journey(), WHOLE, TODAY, u -> u).knownAs())
                .as("a known-as name the same as the forename says nothing more").isNull();
    }

    @Test
    void shouldShowDemographicsInWordsAndTheInterpreterNeedFromItsWarning() {
        Warning interpreter = new Warning(UUID.randomUUID(), CHILD_ID, Warning.INTERPRETER, "Polish", TODAY.minusDays(5), null);
        Warning staff = new Warning(UUID.randomUUID(), CHILD_ID, Warning.RISK_TO_STAFF, "Visit in pairs", TODAY.minusDays(5), null);
        Warning ended = new Warning(UUID.randomUUID(), CHILD_ID, "ANIMAL", null, TODAY.minusDays(50), TODAY.minusDays(10));
        IdentityBar bar = IdentityBar.of(aChild(named("Ola", null)).with(interpreter, staff, ended, HOME).journey(), WHOLE,
                TODAY, u -> u);
        assertThat(bar.ethnicity()).isEqualTo("White British");
        assertThat(bar.gender()).isEqualTo("Female");
        assertThat(bar.firstLanguage()).isEqualTo("Polish");
        assertThat(bar.interpreter()).isEqualTo("Needed: Polish");
        assertThat(bar.address()).isEqualTo("14 Larch Road, Leeds, LS6 1AA");
        assertThat(bar.warnings()).extracting(IdentityBar.WarningShown::label)
                .as("in force only, risk to staff first").containsExactly("Risk to staff", "Interpreter needed");
    }

    static Person needingInterpreter(Boolean needed) {
        Person p = named("Ola", null);
        return new Person(p.id(), p.legacyId(), p.kind(), p.forename(), p.surname(), p.knownAs(), p.sex(), p.gender(),
                p.ethnicity(), p.dob(), null, null, null, null, null, null, null, "Polish", null, null, null, null, null,
                needed);
    }

    @Test
    void shouldShowTheInterpreterNeedFromTheChildsOwnFieldBesideTheFirstLanguage() {
        IdentityBar needed = IdentityBar.of(aChild(needingInterpreter(true)).journey(), WHOLE, TODAY, u -> u);
        assertThat(needed.firstLanguage()).isEqualTo("Polish");
        assertThat(needed.interpreter()).isEqualTo("Needed");
        assertThat(IdentityBar.of(aChild(needingInterpreter(false)).journey(), WHOLE, TODAY, u -> u).interpreter())
                .isEqualTo("Not needed");
        assertThat(IdentityBar.of(aChild(needingInterpreter(null)).journey(), WHOLE, TODAY, u -> u).interpreter())
                .isEqualTo("Not recorded");
        Warning how = new Warning(UUID.randomUUID(), CHILD_ID, Warning.INTERPRETER, "Polish, female interpreter",
                TODAY.minusDays(5), null);
        assertThat(IdentityBar.of(aChild(needingInterpreter(true)).with(how).journey(), WHOLE, TODAY, u -> u)
                .interpreter()).as("the warning's detail says how").isEqualTo("Needed: Polish, female interpreter");
        assertThat(IdentityBar.of(aChild(needingInterpreter(false)).with(how).journey(), WHOLE, TODAY, u -> u)
                .interpreter()).as("the child's own field decides").isEqualTo("Not needed");
    }

    @Test
    void shouldWithholdTheAddressUnderADoNotDiscloseWarningFromAViewThatMustNotSeeIt() {
        Warning dnd = new Warning(UUID.randomUUID(), CHILD_ID, Warning.DO_NOT_DISCLOSE_ADDRESS, null, TODAY.minusDays(5), null);
        ChildJourney j = aChild(named("Ola", null)).with(dnd, HOME).journey();
        IdentityBar withheld = IdentityBar.of(j, WITHHOLDING, TODAY, u -> u);
        assertThat(withheld.addressWithheld()).isTrue();
        assertThat(withheld.address()).isNull();
        IdentityBar shown = IdentityBar.of(j, WHOLE, TODAY, u -> u);
        assertThat(shown.addressWithheld()).isFalse();
        assertThat(shown.address()).isEqualTo("14 Larch Road, Leeds, LS6 1AA");
        assertThat(IdentityBar.of(aChild(named("Ola", null)).with(HOME).journey(), WITHHOLDING, TODAY, u -> u).address())
                .as("no warning: nothing to withhold").isEqualTo("14 Larch Road, Leeds, LS6 1AA");
    }
}
