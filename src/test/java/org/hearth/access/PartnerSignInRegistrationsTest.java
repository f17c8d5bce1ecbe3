package org.hearth.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** Which partner issuers sign in to the web app, under which registration ids, and what the sign-in page offers. */
class PartnerSignInRegistrationsTest {
    static PartnerIssuers.Issuer issuer(String uri, String clientId, String secret, String organisation) {
        return new PartnerIssuers.Issuer(uri, clientId, secret, organisation, null);
    }

    /** A directory that knows only these organisations (no database). */
    static UserDirectory knowing(Map<String, String> names) {
        return new UserDirectory(null) {
            @Override
            public Optional<String> organisationName(String organisationId) {
                return Optional.ofNullable(names.get(organisationId));
            }
        };
    }

    @Test
    void shouldRegisterOnlyIssuersWithAClientIdAndSecret() {
        var ids = PartnerSignIn.registrationIds(List.of(
                issuer("https://idp.police.example", "hearth", "s3cret", "DEMO-POLICE"),
                issuer("https://idp.school.example", "hearth", null, "DEMO-SCHOOL"),
                issuer("https://idp.health.example", null, "s3cret", "RXX01")));

        assertThat(ids).containsOnlyKeys("partner-demo-police");
    }

    @Test
    void shouldNameRegistrationsByOrganisationAndNumberASecondIssuerOfOne() {
        var ids = PartnerSignIn.registrationIds(List.of(
                issuer("https://a.example", "h", "s", "DEMO-POLICE"),
                issuer("https://b.example", "h", "s", "Demo Police!"),
                issuer("https://c.example", "h", "s", "Ünï")));

        assertThat(ids.keySet()).containsExactly("partner-demo-police", "partner-demo-police-2", "partner-n");
        assertThat(ids).doesNotContainKey(CouncilSignIn.REGISTRATION);
    }

    @Test
    void shouldOfferOnlyOrganisationsHearthKnowsByTheirNames() {
        PartnerSignIn partners = new PartnerSignIn(List.of(
                issuer("https://a.example", "h", "s", "DEMO-POLICE"),
                issuer("https://b.example", "h", "s", "NOT-IN-HEARTH")),
                knowing(Map.of("DEMO-POLICE", "Example Valley Police")), null);

        assertThat(partners.enabled()).isTrue();
        assertThat(partners.offers()).containsExactly(
                new PartnerSignIn.Offer("partner-demo-police", "DEMO-POLICE", "Example Valley Police"));
        assertThat(partners.organisationName("DEMO-POLICE")).contains("Example Valley Police");
        assertThat(partners.organisationName("DEMO-SCHOOL")).as("not a configured issuer's").isEmpty();
        assertThat(partners.registration("partner-unknown")).isNull();
    }

    @Test
    void shouldOfferNothingWhenNoIssuerIsConfigured() {
        PartnerSignIn partners = new PartnerSignIn(PartnerIssuers.configured(new MockEnvironment()), knowing(Map.of()), null);
        assertThat(partners.enabled()).isFalse();
        assertThat(partners.offers()).isEmpty();
    }

    @Test
    void shouldBindTheIssuersConfigurationKeepingTheOlderKeys() {
        MockEnvironment env = new MockEnvironment()
                .withProperty("hearth.oidc.issuers[0].issuer-uri", "https://idp.police.example")
                .withProperty("hearth.oidc.issuers[0].client-id", "hearth")
                .withProperty("hearth.oidc.issuers[0].organisation", "DEMO-POLICE")
                .withProperty("hearth.oidc.issuers[1].issuer-uri", "https://idp.school.example")
                .withProperty("hearth.oidc.issuers[1].client-id", "hearth-web")
                .withProperty("hearth.oidc.issuers[1].client-secret", "s3cret")
                .withProperty("hearth.oidc.issuers[1].organisation", "DEMO-SCHOOL")
                .withProperty("hearth.oidc.issuers[1].username-claim", "upn");

        List<PartnerIssuers.Issuer> issuers = PartnerIssuers.configured(env);

        assertThat(issuers).hasSize(2);
        assertThat(issuers.get(0).webSignIn()).as("no secret: bearer tokens only").isFalse();
        assertThat(issuers.get(0).usernameClaim()).isEqualTo("preferred_username");
        assertThat(issuers.get(1).webSignIn()).isTrue();
        assertThat(issuers.get(1).usernameClaim()).isEqualTo("upn");
    }

    @Test
    void shouldRefuseAnIssuerConfiguredTwiceOrForNoOrganisation() {
        assertThatThrownBy(() -> PartnerIssuers.configured(new MockEnvironment()
                .withProperty("hearth.oidc.issuers[0].issuer-uri", "https://idp.example")
                .withProperty("hearth.oidc.issuers[0].organisation", "A")
                .withProperty("hearth.oidc.issuers[1].issuer-uri", "https://idp.example")
                .withProperty("hearth.oidc.issuers[1].organisation", "B")))
                .hasMessageContaining("configured twice");
        assertThatThrownBy(() -> PartnerIssuers.configured(new MockEnvironment()
                .withProperty("hearth.oidc.issuers[0].issuer-uri", "https://idp.example")))
                .hasMessageContaining("names no organisation");
    }
}
