package org.hearth.returns.cin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.hearth.codes.CollectionYear;
import org.junit.jupiter.api.Test;

class CinSchemaYearsTest {

    @Test
    void shouldDescribeTheCensusesUpTo2023To24Only() {
        assertThat(CinSchema.describes(CollectionYear.of(2023))).isTrue();
        assertThat(CinSchema.describes(CollectionYear.of(2024))).isTrue();
        assertThat(CinSchema.describes(CollectionYear.of(2025))).as("2024/25 has Sex, not GenderCurrent").isFalse();
        assertThat(CinSchema.describes(CollectionYear.of(2027))).isFalse();
    }

    @Test
    void shouldReportALaterCensusItemAsAProblemOfTheShippedSchema() throws Exception {
        // Why later years are not checked against it: the 2023/24 schema does not know the 2024/25 item Sex.
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <Message><Header><CollectionDetails><Collection>CIN</Collection><Year>2025</Year>
                <ReferenceDate>2025-03-31</ReferenceDate></CollectionDetails></Header>
                <Children><Child><ChildIdentifiers><LAchildID>A1</LAchildID><Sex>M</Sex></ChildIdentifiers></Child>
                </Children></Message>
                """;
        assertThat(CinSchema.validate(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))))
                .anySatisfy(p -> assertThat(p.message()).contains("'Sex'"));
    }
}
