package org.hearth.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class FormTokenTest {

    @Test
    void shouldBeARandomUuidAsTheIdempotencyFilterAcceptsIt() {
        String token = LayoutAdvice.newFormToken();
        UUID uuid = UUID.fromString(token);
        assertThat(uuid.version()).isEqualTo(4);
        assertThat(uuid.variant()).isEqualTo(2);
        assertThat(token).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    }

    @Test
    void shouldNeverRepeatAcrossThreads() throws Exception {
        Set<String> seen = java.util.concurrent.ConcurrentHashMap.newKeySet();
        Thread[] threads = new Thread[8];
        for (int t = 0; t < threads.length; t++) {
            threads[t] = new Thread(() -> {
                for (int i = 0; i < 5_000; i++) {
                    seen.add(LayoutAdvice.newFormToken());
                }
            });
            threads[t].start();
        }
        for (Thread t : threads) {
            t.join();
        }
        assertThat(seen).hasSize(8 * 5_000);
        assertThat(new HashSet<>(seen)).hasSize(40_000);
    }
}
