package org.hearth.portal;

import org.hearth.portal.space.SayWhatIThink;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hearth.access.AccessSeam;
import org.hearth.access.Actor;
import org.hearth.access.RecordParts;
import org.hearth.codes.CodeLists;
import org.hearth.platform.web.FormErrors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The child's own words on a worker's form: what the child said in their own space before a meeting, a visit or after
 * going missing starts the form's "child's views" (and how the child took part, for a meeting), and once the record
 * is saved the answers are marked used by it, so the next form does not offer them again, and the views as recorded
 * are kept with the record's id, linked to what the child wrote. One component for every form that takes the child's
 * views: the looked-after review, the child protection conferences, the child in need review, the visit and the
 * return home interview.
 *
 * <p>The form asks three things of it: {@link #offer} (what to show and pre-fill), {@link #check} (the views and the
 * participation are fit to keep, judged before the record is saved so nothing is half-saved) and {@link #recorded}
 * (after the save). The form keeps the answer set's id in a hidden field ({@link #SAYS_FIELD}).
 */
@Component
public class OwnWords {
    /** The hidden field that carries the id of the child's answers the form started from. */
    public static final String SAYS_FIELD = "ownWords";
    /** The longest views a record keeps with it. */
    public static final int MAX_VIEWS = 10_000;
    /** How a child took part in a conference or child in need review: Hearth's own list. */
    public static final String MEETING_PARTICIPATION = "CONFERENCE_PARTICIPATION";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM", Locale.UK);
    private final JdbcTemplate jdbc;
    private final AccessSeam seam;
    private final ZoneId zone = ZoneId.of("Europe/London");

    OwnWords(JdbcTemplate jdbc, AccessSeam seam) {
        this.jdbc = jdbc;
        this.seam = seam;
    }

    /** What the child said that a form may start from: the heading's words, the views, the participation code. */
    public record Offer(UUID saysId, String childName, LocalDate writtenOn, String views, String participation,
                        String participationWords, String participationLabel, boolean flagged) {
        /** "From Joshua's own words on 3 December". */
        public String heading() {
            return "From " + childName + "'s own words on " + DAY.format(writtenOn);
        }
    }

    /** The views kept with a record. */
    public record OnRecord(UUID recordId, String kind, String views, String participation, UUID saysId,
                           String recordedBy, Instant recordedAt) {
        public String participationLabel(LocalDate on) {
            return participation == null ? null : CodeLists.standard().words(MEETING_PARTICIPATION, participation, on);
        }
    }

    /**
     * The child's newest answers for this occasion not yet used by a record (and, when {@code since} is given,
     * written after it), if the reader may see the child's views; empty otherwise.
     */
    public Optional<Offer> offer(Actor actor, UUID childId, String childName, SayWhatIThink.Occasion occasion,
                                 LocalDate since) {
        if (!seam.view(actor, childId).canRead(RecordParts.MY_VIEWS)) {
            return Optional.empty();
        }
        Instant after = since == null ? Instant.EPOCH : since.plusDays(1).atStartOfDay(zone).toInstant();
        String name = childName == null || childName.isBlank() ? "the child" : childName;
        return seam.read(actor, childId, RecordParts.MY_VIEWS, "start the record from the child's own views", () ->
                jdbc.query("SELECT says_id, answers, words, participation, EXISTS (SELECT 1 FROM child_space_mark f WHERE "
                                + "f.record_id = child_says.says_id AND f.mark = 'FLAGGED'), written_at FROM child_says WHERE "
                                + "person_id = ? AND kind = 'VIEWS' AND occasion = ? AND written_at > ? AND NOT EXISTS "
                                + "(SELECT 1 FROM child_space_mark u WHERE u.record_id = child_says.says_id AND u.mark = 'USED') "
                                + "ORDER BY written_at DESC LIMIT 1",
                        (rs, n) -> {
                            String participation = rs.getString(4);
                            Instant written = rs.getTimestamp(6).toInstant();
                            ChildSpace.Says said = new ChildSpace.Says(rs.getObject(1, UUID.class), childId, "VIEWS",
                                    occasion.code(), rs.getString(2), rs.getString(3), participation,
                                    rs.getBoolean(5), null, written, null, null);
                            LocalDate on = written.atZone(zone).toLocalDate();
                            String list = occasion == SayWhatIThink.Occasion.CARE_REVIEW ? "PARTICIPATION"
                                    : MEETING_PARTICIPATION;
                            return new Offer(said.id(), name, on, ChildSpace.asReviewViews(said), participation,
                                    said.participationWords(), participation == null ? null
                                    : CodeLists.standard().words(list, participation, on), said.flagged());
                        }, childId, occasion.code(), java.sql.Timestamp.from(after)).stream().findFirst());
    }

    /** The offer the form started from (its hidden id matches the child's newest unused answers), for the page. */
    public Offer shown(Actor actor, UUID childId, String childName, SayWhatIThink.Occasion occasion, LocalDate since,
                       Map<String, String> fields) {
        String id = fields.get(SAYS_FIELD);
        return id == null ? null : offer(actor, childId, childName, occasion, since)
                .filter(o -> o.saysId().toString().equals(id)).orElse(null);
    }

    /** The id of the record of {@code kind} a command added, if it added one. */
    public static Optional<UUID> added(org.hearth.journey.JourneyService.Recorded saved, String kind) {
        return saved.kinds().entrySet().stream().filter(e -> kind.equals(e.getValue())).map(Map.Entry::getKey)
                .findFirst();
    }

    /**
     * Starts a new form from the offer: the views field, the participation field (when the form has one and the
     * child chose), and the hidden id of the answers.
     */
    public static void prefill(Map<String, String> fields, Offer offer, String viewsField, String participationField) {
        fields.put(viewsField, offer.views());
        if (participationField != null && offer.participation() != null) {
            fields.put(participationField, offer.participation());
        }
        fields.put(SAYS_FIELD, offer.saysId().toString());
    }

    /**
     * Whether the form's views and participation are fit to keep, before anything is saved: the views at most
     * {@link #MAX_VIEWS} letters of text, the participation one of the list's codes (when the form asks it).
     */
    public static void check(Map<String, String> form, String viewsField, String participationField, LocalDate on,
                             FormErrors errors) {
        String views = text(form.get(viewsField));
        if (views != null && views.length() > MAX_VIEWS) {
            errors.add(viewsField, "The child's views must be " + String.format("%,d", MAX_VIEWS)
                    + " characters or fewer", null);
        } else if (views != null && !AccessSeam.isText(views)) {
            errors.add(viewsField, "The child's views must be plain text", null);
        }
        String participation = participationField == null ? null : text(form.get(participationField));
        if (participation != null && !org.hearth.platform.web.FormAnswers.options(MEETING_PARTICIPATION, on)
                .containsKey(participation)) {
            errors.add(participationField, "Select how the child took part from the list", null);
        }
    }

    /**
     * The record is saved: keep the views (and participation; {@code viewsField} null when the record keeps the views
     * in its own row) with it and mark the child's answers used by it. When
     * the form started from none of the child's answers and no views were written, nothing is kept. Answers another
     * record took meanwhile stay with that record; this one keeps its views without the link.
     */
    public void recorded(Actor actor, UUID childId, String kind, UUID recordId, Map<String, String> form,
                         String viewsField, String participationField) {
        // A record that keeps the views in its own row (a CP review) names no views field here.
        String views = viewsField == null ? null : text(form.get(viewsField));
        String participation = participationField == null ? null : text(form.get(participationField));
        UUID says = saysId(form.get(SAYS_FIELD));
        if (views == null && participation == null && says == null) {
            return;
        }
        seam.write(actor, childId, kind, "keep the child's views with the record", () -> {
            UUID linked = says != null && markUsed(actor, childId, says, kind, recordId) ? says : null;
            jdbc.update("INSERT INTO record_child_views (record_id, child_id, record_kind, views, participation, says_id, "
                            + "recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (record_id) DO UPDATE SET views = "
                            + "excluded.views, participation = excluded.participation, says_id = coalesce("
                            + "excluded.says_id, record_child_views.says_id), recorded_by = excluded.recorded_by, "
                            + "recorded_at = now() WHERE record_child_views.child_id = excluded.child_id", recordId,
                    childId, kind, views, participation, linked, actor.username());
            return null;
        });
    }

    /**
     * A record that keeps the child's views in its own row (the looked-after review) took the child's answers: mark
     * them used by it.
     */
    public void used(Actor actor, UUID childId, String kind, UUID recordId, Map<String, String> form) {
        UUID says = saysId(form.get(SAYS_FIELD));
        if (says != null) {
            seam.write(actor, childId, kind, "mark the child's views used by the record",
                    () -> markUsed(actor, childId, says, kind, recordId));
        }
    }

    private boolean markUsed(Actor actor, UUID childId, UUID says, String kind, UUID recordId) {
        return jdbc.update("INSERT INTO child_space_mark (record_id, person_id, mark, marked_by, note) SELECT says_id, "
                + "person_id, 'USED', ?, ? FROM child_says WHERE says_id = ? AND person_id = ? AND kind = 'VIEWS' "
                + "ON CONFLICT (record_id, mark) DO NOTHING", actor.username(), kind + " " + recordId, says, childId) == 1;
    }

    /** The views kept with a record, if any and if the reader may read the record's kind. */
    public Optional<OnRecord> onRecord(Actor actor, UUID childId, String kind, UUID recordId) {
        return seam.read(actor, childId, kind, "read the child's views with the record", () -> jdbc.query(
                "SELECT record_id, record_kind, views, participation, says_id, recorded_by, recorded_at FROM "
                        + "record_child_views WHERE record_id = ? AND child_id = ?",
                (rs, n) -> new OnRecord(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, UUID.class), rs.getString(6), rs.getTimestamp(7).toInstant()), recordId,
                childId).stream().findFirst());
    }

    /**
     * The views kept with a record the reader is already reading through the seam (the chronology's entry page opens
     * a record of any kind): the record must be in the reader's view of the journey, and the views are those kept
     * with it as a record of that kind. Nothing else is read and nothing is audited here: the caller's read through
     * the seam, whose work this runs in, is the disclosure and its audit entry.
     */
    public Optional<OnRecord> keptWith(org.hearth.journey.JourneyService.Viewed viewed, UUID recordId) {
        if (recordId == null) {
            return Optional.empty();
        }
        return kindShown(viewed, recordId).flatMap(kind -> jdbc.query("SELECT record_id, record_kind, views, "
                        + "participation, says_id, recorded_by, recorded_at FROM record_child_views WHERE record_id = ? "
                        + "AND child_id = ? AND record_kind = ?",
                (rs, n) -> new OnRecord(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, UUID.class), rs.getString(6), rs.getTimestamp(7).toInstant()), recordId,
                viewed.journey().child().id(), kind).stream().findFirst());
    }

    /**
     * The kind of the record, when the reader's view of the journey shows it and lets them read its kind; nothing for
     * a record withheld from them, of a kind they may not read, or not this child's.
     */
    static Optional<String> kindShown(org.hearth.journey.JourneyService.Viewed viewed, UUID recordId) {
        org.hearth.journey.ChildJourney j = viewed.journey();
        return j.kinds().stream()
                .filter(k -> viewed.view().canRead(k.name()) && j.find(k, recordId).isPresent())
                .map(org.hearth.journey.EpisodeKind::name)
                .findFirst();
    }

    private static UUID saysId(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(s.strip());
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }

    private static String text(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
