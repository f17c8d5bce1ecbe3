package org.hearth.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** {@code bench web --pages}: which users' pages one run measures, and the partner users' spread over organisations. */
class ApiBenchPagesTest {

    @Test
    void shouldMeasureEveryFamilyInOneFixedOrderWhateverOrderTheyAreAskedIn() {
        assertThat(ApiBenchCommand.pageFamilies("portal, Partner,practitioner"))
                .containsExactly("practitioner", "partner", "portal");
    }

    @Test
    void shouldReadAllAsEveryFamily() {
        assertThat(ApiBenchCommand.pageFamilies("all")).containsExactly("practitioner", "partner", "portal");
    }

    @Test
    void shouldMeasureTheFloorOnlyWhenAskedAndAfterThePages() {
        assertThat(ApiBenchCommand.pageFamilies("floor,practitioner")).containsExactly("practitioner", "floor");
        assertThat(ApiBenchCommand.pageFamilies("all")).doesNotContain("floor");
        assertThat(ApiBenchCommand.pageFamilies("floor")).containsExactly("floor");
    }

    @Test
    void shouldMeasureOneFamilyAloneAndEachOnceWhenRepeated() {
        assertThat(ApiBenchCommand.pageFamilies("partner")).containsExactly("partner");
        assertThat(ApiBenchCommand.pageFamilies("portal,portal")).containsExactly("portal");
    }

    @Test
    void shouldRefuseAFamilyItDoesNotKnowNamingIt() {
        assertThatThrownBy(() -> ApiBenchCommand.pageFamilies("practitioner,carers"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'carers'");
    }

    @Test
    void shouldRefuseAnEmptyFamily() {
        assertThatThrownBy(() -> ApiBenchCommand.pageFamilies("practitioner,"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ApiBenchCommand.pageFamilies(""))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldSpreadPartnerUsersInTurnOverTheFourOrganisationsTheSameOnEveryRun() {
        assertThat(PartnerBench.username(0)).isEqualTo("bench-partner-001");
        assertThat(PartnerBench.username(199)).isEqualTo("bench-partner-200");
        assertThat(java.util.stream.IntStream.range(0, 8).mapToObj(i -> PartnerBench.partnerOf(i).organisationId()))
                .containsExactly("DEMO-POLICE", "DEMO-SCHOOL", "RXX01", "DEMO-CAFCASS",
                        "DEMO-POLICE", "DEMO-SCHOOL", "RXX01", "DEMO-CAFCASS");
    }

    @Test
    void shouldGiveEachBenchChildASignInContactTheChildsOwnSpaceAccepts() {
        java.util.UUID child = java.util.UUID.fromString("0b5c6c1e-1111-4a2b-9c3d-123456789abc");
        assertThat(org.hearth.portal.Contact.parse(OwnSpaceBench.contact(child)))
                .hasValueSatisfying(c -> assertThat(c.kind()).isEqualTo("EMAIL"))
                .hasValueSatisfying(c -> assertThat(c.value()).isEqualTo(OwnSpaceBench.contact(child)));
        assertThat(org.hearth.portal.PortalAccounts.pinProblem(OwnSpaceBench.PIN, OwnSpaceBench.PIN)).isNull();
    }
}
