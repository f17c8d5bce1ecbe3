package org.hearth.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The Spark job compiles the application's matcher sources, so they must stay plain Java: no Spring, no servlet or
 * persistence API, nothing of the application beyond the identifier checks and code lists this project includes.
 */
class SharedSourcesTest {
    private static final Path MAIN = Path.of("..", "src", "main", "java", "org", "hearth");

    @Test
    void shouldFindOnlyPlainJavaImportsInTheSharedMatcherSources() throws IOException {
        List<Path> shared;
        try (Stream<Path> s = Stream.concat(Files.walk(MAIN.resolve("identity/matching")),
                Stream.of(MAIN.resolve("identity/NhsNumber.java"), MAIN.resolve("identity/Upn.java"),
                        MAIN.resolve("identity/IdentifierCheck.java")))) {
            shared = s.filter(p -> p.toString().endsWith(".java")).toList();
        }
        assertThat(shared).hasSizeGreaterThan(10);
        for (Path p : shared) {
            for (String line : Files.readAllLines(p)) {
                if (line.startsWith("import ")) {
                    assertThat(line).as(p + " is shared with the Spark job")
                            .matches("import (static )?(java\\.|org\\.hearth\\.identity\\.|org\\.hearth\\.codes\\.).*");
                }
            }
        }
    }
}
