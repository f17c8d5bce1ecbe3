package org.hearth.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The demo accounts that have the published password are exactly the ones the README lists. */
class DemoAccountsTest {
    @Test
    void shouldPublishThePasswordOfExactlyTheAccountsTheReadmeLists() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        String table = readme.substring(readme.indexOf("### Demo accounts"));
        table = table.substring(0, table.indexOf("\n\n", table.indexOf("| username")));
        Matcher m = Pattern.compile("^\\| `([a-z.]+)` \\|", Pattern.MULTILINE).matcher(table);
        Set<String> listed = new java.util.TreeSet<>();
        while (m.find()) {
            listed.add(m.group(1));
        }

        assertThat(listed).hasSize(14).isEqualTo(new java.util.TreeSet<>(DemoData.PUBLISHED_ACCOUNTS));
    }

    @Test
    void shouldGenerateEveryPublishedAccountAmongManyMoreStaff() {
        List<DemoUser> users = new DemoGenerator(42, LocalDate.of(2026, 11, 20)).users(2_000);
        Set<String> names = users.stream().map(DemoUser::username).collect(Collectors.toSet());

        assertThat(names).containsAll(DemoData.PUBLISHED_ACCOUNTS);
        assertThat(names.size()).isGreaterThan(DemoData.PUBLISHED_ACCOUNTS.size() * 3);
    }
}
