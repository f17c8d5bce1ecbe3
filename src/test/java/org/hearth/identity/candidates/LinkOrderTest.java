package org.hearth.identity.candidates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A link keeps its pair lower id first as PostgreSQL orders uuids; Java's UUID order differs for "negative" halves. */
class LinkOrderTest {
    @Test
    void shouldOrderIdsAsPostgresqlDoesNotAsUuidCompareTo() {
        UUID small = UUID.fromString("10000000-0000-0000-0000-000000000000");
        UUID big = UUID.fromString("f0000000-0000-0000-0000-000000000000"); // a negative high half for Java
        assertThat(big.compareTo(small)).isNegative();
        assertThat(IdentityCandidates.lower(small, big)).isEqualTo(small);
        assertThat(IdentityCandidates.lower(big, small)).isEqualTo(small);
    }
}
