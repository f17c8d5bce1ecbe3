package org.hearth.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.csrf.DefaultCsrfToken;

class SessionValuesTest {
    private final SessionValues values = new SessionValues(getClass().getClassLoader());
    private final ConversionService store = values.conversions();

    /** What the JDBC session store does with an attribute: to bytes, and back from the bytes it reads. */
    private byte[] stored(Object value) {
        return (byte[]) store.convert(value, TypeDescriptor.valueOf(Object.class), TypeDescriptor.valueOf(byte[].class));
    }

    private Object read(byte[] bytes) {
        return store.convert(bytes.clone(), TypeDescriptor.valueOf(byte[].class), TypeDescriptor.valueOf(Object.class));
    }

    private static SecurityContext signedIn(String user, String role) {
        return new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(user, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + role))));
    }

    @Test
    void shouldGiveEachReadItsOwnSecurityContextAroundTheSameAuthentication() {
        byte[] bytes = stored(signedIn("sw.demo", "SOCIAL_WORKER"));
        SecurityContext first = (SecurityContext) read(bytes);
        SecurityContext second = (SecurityContext) read(bytes);
        assertThat(first).isNotSameAs(second);
        assertThat(second.getAuthentication().getName()).isEqualTo("sw.demo");
        assertThat(second.getAuthentication().getAuthorities()).extracting(Object::toString)
                .containsExactly("ROLE_SOCIAL_WORKER");
        assertThat(values.held()).isEqualTo(1);
    }

    @Test
    void shouldNotLetSigningOutOneRequestsContextEmptyTheNextOnes() {
        byte[] bytes = stored(signedIn("sw.demo", "SOCIAL_WORKER"));
        SecurityContext signingOut = (SecurityContext) read(bytes);
        signingOut.setAuthentication(null); // what SecurityContextLogoutHandler does to the request's context
        SecurityContext next = (SecurityContext) read(bytes);
        assertThat(next.getAuthentication()).isNotNull();
        assertThat(next.getAuthentication().getName()).isEqualTo("sw.demo");
    }

    @Test
    void shouldReadOtherBytesAfresh() {
        SecurityContext worker = (SecurityContext) read(stored(signedIn("sw.demo", "SOCIAL_WORKER")));
        SecurityContext manager = (SecurityContext) read(stored(signedIn("sw.demo", "TEAM_MANAGER")));
        assertThat(worker.getAuthentication().getAuthorities()).extracting(Object::toString)
                .containsExactly("ROLE_SOCIAL_WORKER");
        assertThat(manager.getAuthentication().getAuthorities()).extracting(Object::toString)
                .containsExactly("ROLE_TEAM_MANAGER");
        assertThat(values.held()).isEqualTo(2);
    }

    @Test
    void shouldKeepTheCsrfTokenWhichCannotChange() {
        byte[] bytes = stored(new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", "a-token"));
        DefaultCsrfToken token = (DefaultCsrfToken) read(bytes);
        assertThat(token.getToken()).isEqualTo("a-token");
        assertThat(read(bytes)).isSameAs(token);
    }

    @Test
    void shouldDeserialiseAnyOtherValueOnEveryRead() {
        ArrayList<String> draft = new ArrayList<>(List.of("a"));
        byte[] bytes = stored(draft);
        @SuppressWarnings("unchecked")
        List<String> first = (List<String>) read(bytes);
        first.add("changed by one request");
        assertThat(read(bytes)).isEqualTo(List.of("a")).isNotSameAs(first);
        assertThat(values.held()).isZero();
    }

    @Test
    void shouldHoldNoMoreThanItsLimit() {
        for (int i = 0; i <= SessionValues.MAX_HELD; i++) {
            read(stored(new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", "token-" + i)));
        }
        assertThat(values.held()).isLessThanOrEqualTo(SessionValues.MAX_HELD);
    }
}
