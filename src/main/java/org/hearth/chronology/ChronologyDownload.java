package org.hearth.chronology;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.access.CurrentActor;
import org.hearth.journey.JourneyService;
import org.hearth.journey.child.Person;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The chronology as a PDF, with the same filter as the page. A download is a read of the child's record: it passes
 * the access seam and its audit entry says it was a download, so who took a copy away is on record.
 */
@Controller
class ChronologyDownload {
    static final String PURPOSE = "download the chronology as PDF (a read of the record)";
    static final String SIGNIFICANT_PURPOSE = "download the significant-events chronology as PDF (a read of the record)";

    private final JourneyService journeys;
    private final CurrentActor currentActor;
    private final Chronology chronology;
    private final String council;

    ChronologyDownload(JourneyService journeys, CurrentActor currentActor, Chronology chronology,
                       @Value("${hearth.council-name}") String council) {
        this.journeys = journeys;
        this.currentActor = currentActor;
        this.chronology = chronology;
        this.council = council;
    }

    /**
     * The download's name: the child's local id when it is a plain one (letters, digits, dash, underscore, dot; at
     * most 40), else the record id. The local id comes from whoever created the record, so it must not shape the
     * header or the saved file's name (quotes, slashes, control characters, a hundred kilobytes).
     */
    static String fileName(String legacyId, UUID childId) {
        boolean plain = legacyId != null && legacyId.matches("[A-Za-z0-9][A-Za-z0-9_.-]{0,39}") && !legacyId.contains("..");
        return "chronology-" + (plain ? legacyId : childId.toString()) + ".pdf";
    }

    /**
     * The full chronology, or with {@code significant=1} the significant-events chronology (the court-style one). Only
     * the entries the user's view shows (a restricted note, a "do not disclose" address stay out of an IRO's copy).
     */
    @GetMapping("/children/{childId}/chronology.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable UUID childId, @RequestParam(name = "kind", required = false) List<String> kinds,
                               @RequestParam(name = "significant", required = false) String significant) {
        Actor actor = currentActor.get();
        ChronologyFilter filter = ChronologyFilter.of(kinds);
        boolean onlySignificant = significant != null && !significant.isBlank() && !"0".equals(significant);
        record Read(Person child, List<Chronology.Entry> entries) {}
        Read read = journeys.readView(actor, childId, "chronology", onlySignificant ? SIGNIFICANT_PURPOSE : PURPOSE,
                viewed -> new Read(viewed.journey().child(), chronology.of(childId, filter.kinds()).stream()
                        .filter(VisibleChronology.shown(viewed.journey(), viewed.view())).toList()));
        ChronologyPdf.Heading heading = new ChronologyPdf.Heading(read.child().displayName(), read.child().legacyId(),
                read.child().dob(), council, actor.displayName() == null ? actor.username() : actor.displayName(),
                LocalDateTime.now(), onlySignificant ? "Significant events: " + filter.describe().toLowerCase()
                        : filter.describe());
        byte[] body = onlySignificant ? ChronologyPdf.renderSignificant(heading, read.entries())
                : ChronologyPdf.render(heading, read.entries());
        String name = fileName(read.child().legacyId(), childId);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(onlySignificant ? name.replace("chronology-", "significant-events-") : name)
                        .build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(body);
    }
}
