package org.hearth.health;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import org.hearth.access.AccessSeam;
import org.hearth.access.Actor;
import org.hearth.access.RecordParts;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the council sees of the health flag service: on the child's record, who in health looked the child up (the
 * access notification) and what was flagged when; on My work, the look-ups of the worker's own children. Read through
 * the seam as the health flag part, audited.
 */
@Component
public class HealthSection {
    static final ZoneId LONDON = ZoneId.of("Europe/London");
    private final AccessSeam seam;
    private final FlagStore store;

    HealthSection(AccessSeam seam, FlagStore store) {
        this.seam = seam;
        this.store = store;
    }

    /** A look-up as shown: "looked up by {organisation}, {setting}, {time}". */
    public record Shown(UUID childId, String organisation, String setting, String purpose, String flags,
                        ZonedDateTime at) {
        public String sentence() {
            return "Looked up by " + organisation + ", " + setting.toLowerCase(java.util.Locale.ROOT).replace("gp", "GP")
                    .replace("camhs", "CAMHS") + ", " + at.format(java.time.format.DateTimeFormatter.ofPattern(
                    "d MMMM yyyy 'at' h:mma")).replace("AM", "am").replace("PM", "pm");
        }
    }

    /** A line of "what was flagged when", labelled. */
    public record Line(String flag, String change, java.time.LocalDate effective, String detail, String by,
                       ZonedDateTime at) {}

    /**
     * Adds the child's health flag look-ups and flag history to the child's page, if the user's view shows them: read
     * under the view the page has just judged ({@code judged}), so the seam does not work it out again.
     */
    public void addTo(Actor actor, AccessSeam.Judged judged, UUID childId, Model model) {
        if (!judged.view().canRead(RecordParts.HEALTH_FLAGS)) {
            model.addAttribute("healthShown", false);
            return;
        }
        String purpose = "casework: health look-ups and flag history";
        seam.readFurther(judged, actor, childId, RecordParts.HEALTH_FLAGS, purpose, () -> {
            model.addAttribute("healthShown", true);
            model.addAttribute("healthLookups", shown(store.lookups(List.of(childId), Instant.EPOCH, 50)));
            model.addAttribute("healthHistory", store.history(childId).stream().map(c -> new Line(c.flag().label(),
                    switch (c.change()) {
                        case "STARTED" -> "Flag started";
                        case "ENDED" -> "Flag ended";
                        default -> "Flag changed";
                    }, c.effective(), c.detail(), c.by(), c.at().atZone(LONDON))).toList());
            return null;
        });
    }

    /** The look-ups of these children (the worker's caseload) in the last fortnight, newest first. */
    public List<Shown> recentFor(Actor actor, List<UUID> childIds) {
        if (childIds.isEmpty()) {
            return List.of();
        }
        // The look-ups first (ids only: nothing is shown yet), so that a caseload no one looked up, the usual one, costs
        // one statement and not three (issue 15: My work's statements). Only when a child found may not be seen by
        // this reader are the look-ups asked again among the children they may see, as they were before: the latest
        // 20 of those are not always among the latest 20 of all.
        if (!actor.role().practitioner()) {
            return List.of(); // the seam judges no child readable for them (AccessSeam.readable)
        }
        Instant since = Instant.now().minus(Duration.ofDays(14));
        List<FlagStore.Lookup> found = store.lookups(childIds, since, 20);
        if (found.isEmpty()) {
            return List.of();
        }
        List<UUID> lookedUp = found.stream().map(FlagStore.Lookup::childId).distinct().toList();
        if (!seam.readable(actor, lookedUp, RecordParts.HEALTH_FLAGS).containsAll(lookedUp)) {
            List<UUID> readable = seam.readable(actor, childIds, RecordParts.HEALTH_FLAGS);
            found = readable.isEmpty() ? List.of() : store.lookups(readable, since, 20);
            if (found.isEmpty()) {
                return List.of();
            }
        }
        List<FlagStore.Lookup> shown = found;
        List<UUID> looked = shown.stream().map(FlagStore.Lookup::childId).distinct().toList();
        return seam.readEach(actor, looked, RecordParts.HEALTH_FLAGS, "my work: health look-ups of my children",
                ids -> shown(shown.stream().filter(l -> ids.contains(l.childId())).toList()));
    }

    private static List<Shown> shown(List<FlagStore.Lookup> lookups) {
        return lookups.stream().map(l -> new Shown(l.childId(), l.organisation(), HealthFlags.settingLabel(l.setting()),
                HealthFlags.purposeLabel(l.purpose()), String.join(", ", java.util.Arrays.stream(l.flags().split(","))
                        .map(f -> FlagKind.valueOf(f).label()).toList()), l.at().atZone(LONDON))).toList();
    }
}
