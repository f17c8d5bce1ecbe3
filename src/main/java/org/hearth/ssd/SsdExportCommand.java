package org.hearth.ssd;

import java.nio.file.Path;
import java.util.Map;
import org.hearth.cli.HearthCommand;
import org.hearth.cli.Options;
import org.hearth.journey.JourneyService;
import org.springframework.stereotype.Component;

/**
 * {@code ./hearth ssd export --out DIR [--schema]}: the Standard Safeguarding Dataset derived from the record. The
 * children's records are read through the access seam as one audited system read (purpose "SSD export"); the
 * export is checked against the spec and written whole or not at all.
 */
@Component
class SsdExportCommand implements HearthCommand {
    static final String PURPOSE = "SSD export";
    private final JourneyService journeys;
    private final SsdStaff staff;
    private final SsdSchemaLoad schema;

    SsdExportCommand(JourneyService journeys, SsdStaff staff, SsdSchemaLoad schema) {
        this.journeys = journeys;
        this.staff = staff;
        this.schema = schema;
    }

    @Override
    public String name() {
        return "ssd export";
    }

    @Override
    public int run(Options options) {
        String outText = options.get("out").orElse(null);
        if (outText == null || outText.equals("true")) {
            System.err.println("hearth ssd export: give --out DIR (a new or empty directory, or an earlier export's)");
            return 2;
        }
        try {
            Run run = export(System.getProperty("user.name", "operator"), Path.of(outText), options.has("schema"));
            System.out.printf("Exported the SSD v%s from %d children's records to %s in %.1f s (%d rows in %d tables%s)%n",
                    SsdSpec.VERSION, run.result().children(), run.result().dir(), run.seconds(),
                    run.result().rows().values().stream().mapToLong(Long::longValue).sum(), run.result().rows().size(),
                    run.loaded() == null ? "" : String.format("; loaded into schema ssd in %.1f s", run.loadSeconds()));
            if (run.result().withheldAddresses() > 0) {
                System.out.println(run.result().withheldAddresses() + " addresses marked 'do not disclose' were left out.");
            }
            System.out.println("Items the record cannot supply, and why: " + run.result().dir().resolve(SsdExport.NOT_SUPPLIED));
            return 0;
        } catch (SsdExport.Refused refused) {
            System.err.println("hearth ssd export: nothing written: " + refused.total() + " value"
                    + (refused.total() == 1 ? " breaks" : "s break") + " the SSD spec");
            refused.items().forEach((item, n) -> System.err.println("  " + item + ": " + n));
            System.err.println("Examples (the first few of each):");
            refused.violations().forEach(v -> System.err.println("  " + v.message()));
            return 1;
        } catch (IllegalArgumentException e) {
            System.err.println("hearth ssd export: " + e.getMessage());
            return 2;
        }
    }

    /** What one export did, with its times. */
    record Run(SsdExport.Result result, double seconds, Map<String, Long> loaded, double loadSeconds) {}

    /** Exports (and loads, when asked); throws {@link SsdExport.Refused} when the record breaks the spec. */
    Run export(String operator, Path out, boolean load) {
        SsdSpec spec = SsdSpec.standard();
        long t0 = System.nanoTime();
        SsdExport.Result result;
        try (SsdExport export = new SsdExport(spec, out)) {
            journeys.forEachKnownToLa(operator, "ssd", PURPOSE, batch -> export.accept(batch));
            export.write(staff.rows(spec));
            result = export.finish();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        Map<String, Long> loaded = null;
        double loadSeconds = 0;
        if (load) {
            long t1 = System.nanoTime();
            loaded = schema.load(spec, result.dir());
            loadSeconds = (System.nanoTime() - t1) / 1e9;
        }
        return new Run(result, seconds, loaded, loadSeconds);
    }
}
