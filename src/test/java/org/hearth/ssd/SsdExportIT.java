package org.hearth.ssd;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.hearth.demo.DemoData;
import org.hearth.support.HearthIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The SSD export against the database: a demo authority is loaded, read through the seam (one audited system read
 * with the purpose "SSD export"), exported twice to the same files, and loaded into the schema ssd with as many
 * rows per table as the CSV has, in the spec's types.
 */
class SsdExportIT extends HearthIntegrationTest {
    @Autowired
    SsdExportCommand command;
    @Autowired
    DemoData demo;
    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path tmp;

    @Test
    void shouldExportTheRecordThroughTheSeamTheSameTwiceAndLoadTheSchemaWithTheSameCounts() throws IOException {
        demo.load(60, 11);
        long children = jdbc.queryForObject("SELECT count(*) FROM ssd_person WHERE pers_legacy_id IS NOT NULL", Long.class);
        long audited = audits();

        SsdExportCommand.Run first = command.export("ssd-it", tmp.resolve("first"), false);
        SsdExportCommand.Run second = command.export("ssd-it", tmp.resolve("second"), true);

        assertThat(first.result().children()).isEqualTo(children).isGreaterThanOrEqualTo(60);
        assertThat(audits()).as("one audited system read per export").isEqualTo(audited + 2);
        assertThat(jdbc.queryForObject("SELECT detail FROM audit_entry WHERE actor = 'system:ssd-it' "
                + "AND purpose = 'SSD export' ORDER BY seq DESC LIMIT 1", String.class)).isEqualTo(children + " records");

        SsdSpec spec = SsdSpec.standard();
        for (SsdTable table : spec.tables()) {
            String file = table.name() + ".csv";
            assertThat(Files.readAllBytes(tmp.resolve("second").resolve(file))).as(file)
                    .isEqualTo(Files.readAllBytes(tmp.resolve("first").resolve(file)));
            long csvRows = SsdExportTest.rows(tmp.resolve("second").resolve(file)).size();
            assertThat(second.loaded().get(table.name())).as(table.name()).isEqualTo(csvRows);
            assertThat(jdbc.queryForObject("SELECT count(*) FROM ssd." + table.name(), Long.class))
                    .as("ssd." + table.name()).isEqualTo(csvRows);
        }
        assertThat(second.loaded().get("ssd_person")).isEqualTo(children);
        assertThat(second.loaded().get("ssd_professionals")).isPositive();
        Map<String, Object> dob = jdbc.queryForMap("SELECT data_type, col_description(('ssd.ssd_person')::regclass, "
                + "ordinal_position::int) AS item FROM information_schema.columns WHERE table_schema = 'ssd' "
                + "AND table_name = 'ssd_person' AND column_name = 'pers_dob'");
        assertThat(dob).containsEntry("data_type", "timestamp without time zone").containsEntry("item", "PERS005A");

        // Loading again replaces the tables whole.
        command.export("ssd-it", tmp.resolve("second"), true);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM ssd.ssd_person", Long.class)).isEqualTo(children);
        List<String> tables = jdbc.queryForList("SELECT table_name FROM information_schema.tables "
                + "WHERE table_schema = 'ssd' ORDER BY 1", String.class);
        assertThat(tables).hasSize(spec.tables().size()).contains("ssd_person", "ssd_cla_episodes");
    }

    private long audits() {
        return jdbc.queryForObject("SELECT count(*) FROM audit_entry WHERE actor = 'system:ssd-it' "
                + "AND purpose = 'SSD export' AND outcome = 'ALLOWED'", Long.class);
    }
}
