package org.hearth.returns.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QueryConfirmationsTest {
    @Test
    void shouldGiveTheSameDigestForTheSameValuesWhateverTheirOrder() {
        Map<String, String> a = new LinkedHashMap<>();
        a.put("UPN", "");
        a.put("UPNunknown", "UN1");
        Map<String, String> b = new LinkedHashMap<>();
        b.put("UPNunknown", "UN1");
        b.put("UPN", " ");
        assertThat(QueryConfirmations.digest(a)).isEqualTo(QueryConfirmations.digest(b)).matches("[0-9a-f]{64}");
    }

    @Test
    void shouldGiveAnotherDigestOnceAValueChanges() {
        assertThat(QueryConfirmations.digest(Map.of("UPNunknown", "UN1")))
                .isNotEqualTo(QueryConfirmations.digest(Map.of("UPNunknown", "UN2")))
                .isNotEqualTo(QueryConfirmations.digest(Map.of("UPN", "UN1")));
    }

    @Test
    void shouldRefuseToConfirmAnError() {
        assertThat(QueryConfirmations.refusal(false, "8500", "It is right"))
                .contains("8500 is an error, not a query").contains("cannot be confirmed");
    }

    @Test
    void shouldRefuseAQueryConfirmedWithoutAReasonOrWithTooLongAOne() {
        assertThat(QueryConfirmations.refusal(true, "8770Q", "  ")).isEqualTo("Enter why the value is right");
        assertThat(QueryConfirmations.refusal(true, "8770Q", null)).isEqualTo("Enter why the value is right");
        assertThat(QueryConfirmations.refusal(true, "8770Q", "x".repeat(501))).contains("at most 500 characters");
        assertThat(QueryConfirmations.refusal(true, "8770Q", "bad\u0000text")).contains("not text");
    }

    @Test
    void shouldAcceptAQueryWithAReason() {
        assertThat(QueryConfirmations.refusal(true, "8770Q", "Home educated, no UPN issued")).isNull();
    }
}
