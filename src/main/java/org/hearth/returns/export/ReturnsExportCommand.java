package org.hearth.returns.export;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hearth.cli.HearthCommand;
import org.hearth.cli.Options;
import org.hearth.codes.CollectionYear;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.JourneyService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * {@code ./hearth returns export --return 903|cin --year YYYY --out DIR}: the return, derived from the record —
 * never typed again. 903 as the DfE's CSV tables (and XML), CIN as census XML.
 */
@Component
class ReturnsExportCommand implements HearthCommand {
    private final JourneyService journeys;
    private final String onsCode;
    private final String laNumber;

    ReturnsExportCommand(JourneyService journeys, @Value("${hearth.la.ons-code:}") String onsCode,
                         @Value("${hearth.la.number:999}") String laNumber) {
        this.journeys = journeys;
        this.onsCode = onsCode;
        this.laNumber = laNumber;
    }

    @Override
    public String name() {
        return "returns export";
    }

    @Override
    public int run(Options options) {
        String which = options.get("return").orElse("");
        String outText = options.get("out").orElse(null);
        if (!which.equals("903") && !which.equals("cin") || outText == null || options.get("year").isEmpty()) {
            System.err.println("hearth returns export: give --return 903 or cin, --year YYYY and --out DIR");
            return 2;
        }
        CollectionYear year;
        try {
            year = CollectionYear.parse(options.get("year").get());
        } catch (IllegalArgumentException e) {
            System.err.println("hearth returns export: " + e.getMessage());
            return 2;
        }
        String ons = options.get("la", onsCode);
        long t0 = System.nanoTime();
        List<ChildJourney> all = journeys.readAllForReturn(System.getProperty("user.name", "operator"),
                which + " return " + year);
        try {
            Path out = Path.of(outText);
            Files.createDirectories(out);
            if (which.equals("903")) {
                Ssda903Export.write(all, year, ons.isBlank() ? null : ons, out);
                Ssda903Xml.write(all, year, ons.isBlank() ? null : ons, out.resolve("ssda903.xml"));
            } else {
                CinCensusXml.write(all, year, options.get("la-number", laNumber), out.resolve("cin-census.xml"));
            }
        } catch (java.io.IOException | RuntimeException e) {
            System.err.println("hearth returns export: could not write the return: " + e.getMessage());
            return 1;
        }
        System.out.printf("Exported the %s return for %s from %d children's records to %s in %.1f s%n",
                which.equals("cin") ? "CIN census" : "SSDA903", year, all.size(), outText, (System.nanoTime() - t0) / 1e9);
        return 0;
    }
}
