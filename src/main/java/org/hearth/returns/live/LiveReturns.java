package org.hearth.returns.live;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.hearth.access.AccessDenied;
import org.hearth.access.AccessSeam;
import org.hearth.access.Actor;
import org.hearth.access.Role;
import org.hearth.codes.CollectionYear;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.JourneyService;
import org.hearth.returns.geography.PostcodeDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The current collection year's return errors on the live record, and what each user may see of them.
 *
 * <p>The returns are of the whole LA, so they are derived from every child's record by a system read for the
 * statutory return (audited as one entry per read); records are kept between views and only those changed since are
 * read again (see {@link #current()}). What a user is shown passes the access seam: a practitioner sees the errors of
 * the children they may read, each child read through {@link AccessSeam#readEach} and audited; a data analyst sees
 * the per-rule counts only, never a child, and that is audited too; an administrator sees nothing.
 */
@Service
public class LiveReturns {
    private static final Logger log = LoggerFactory.getLogger(LiveReturns.class);
    static final Duration KEEP = Duration.ofMinutes(10);
    static final String PART = "returns";

    private final JourneyService journeys;
    private final AccessSeam seam;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final LiveValidation validation;
    /** The children's records as last read, by id; null until the first view. */
    private Map<UUID, ChildJourney> records;
    private Instant loadedAt;
    private LiveReport report;

    LiveReturns(JourneyService journeys, AccessSeam seam, JdbcTemplate jdbc,
                @Value("${hearth.la.ons-code:}") String onsCode, @Value("${hearth.la.number:999}") String laNumber) {
        this.journeys = journeys;
        this.seam = seam;
        this.jdbc = jdbc;
        this.clock = Clock.systemDefaultZone();
        this.validation = new LiveValidation(onsCode, laNumber, clock, PostcodeDirectory::standard);
    }

    /**
     * Reads the ONS postcode directory (shared by the whole JVM, a second or two) in the background once the web
     * server is up, so the first view of the page need not wait for it. Not on the command line, which has no page.
     */
    @EventListener(WebServerInitializedEvent.class)
    void warmPostcodes() {
        Thread t = new Thread(() -> {
            long t0 = System.nanoTime();
            PostcodeDirectory.standard();
            log.info("Read the ONS postcode directory for the return errors page in {} ms",
                    (System.nanoTime() - t0) / 1_000_000);
        }, "postcode-directory");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    /** What the user may see of the year's errors, for one return or both, and for one rule or all. */
    public record View(LiveReport report, boolean aggregateOnly, List<LiveReport.RuleCount> counts,
                       List<LiveIssue> issues, int childrenShown) {}

    public View viewFor(Actor actor, Optional<ReturnKind> kind, Optional<String> rule) {
        if (actor.role() == Role.ADMINISTRATOR) {
            seam.aggregateRead(actor, PART, "return errors", null); // refuses, audited
        }
        LiveReport report = current();
        String purpose = "return errors " + report.year();
        Predicate<LiveIssue> ofReturn = i -> kind.isEmpty() || i.kind() == kind.get();
        if (!actor.role().practitioner()) {
            // Analysts: the counts of the whole LA's return, no child and no row.
            List<LiveReport.RuleCount> counts = report.ruleCounts(ofReturn);
            seam.aggregateRead(actor, PART, purpose, counts.size() + " rule counts, no child's record");
            return new View(report, true, counts, List.of(), 0);
        }
        Set<UUID> candidates = new LinkedHashSet<>();
        for (LiveIssue i : report.issues()) {
            if (i.personId() != null && ofReturn.test(i)) {
                candidates.add(i.personId());
            }
        }
        List<UUID> readable = seam.readable(actor, new ArrayList<>(candidates), PART);
        Set<UUID> allowed = new java.util.HashSet<>(seam.readEach(actor, readable, PART, purpose, ids -> ids));
        Predicate<LiveIssue> shown = ofReturn.and(i -> i.personId() != null && allowed.contains(i.personId()));
        List<LiveReport.RuleCount> counts = report.ruleCounts(shown);
        List<LiveIssue> issues = report.issues(shown.and(i -> rule.isEmpty() || i.ruleCode().equals(rule.get())));
        return new View(report, false, counts, issues, allowed.size());
    }

    /**
     * The year's report. The children's records are kept between views; each view asks the database for every
     * child's version (one small query) and reads again only the records that changed (every write moves the
     * version on), then validates the whole return again (a few hundred milliseconds for 2,000 children). Every ten
     * minutes all records are read afresh, so a change made around the journey service is not missed for long.
     */
    synchronized LiveReport current() {
        LocalDate today = LocalDate.now(clock);
        CollectionYear year = CollectionYear.containing(today);
        Instant now = clock.instant();
        long t0 = System.nanoTime();
        Map<UUID, Long> versions = new LinkedHashMap<>();
        jdbc.query("SELECT pers_person_id, pers_version FROM ssd_person WHERE pers_legacy_id IS NOT NULL "
                + "ORDER BY pers_legacy_id", rs -> {
            versions.put(rs.getObject(1, UUID.class), rs.getLong(2));
        });
        boolean fresh = records == null || loadedAt.plus(KEEP).isBefore(now);
        List<UUID> changed = new ArrayList<>();
        if (fresh) {
            records = new HashMap<>();
            for (ChildJourney j : journeys.readAllForReturn("hearth", "live return errors " + year)) {
                records.put(j.child().id(), j);
            }
            loadedAt = now;
        } else {
            versions.forEach((id, v) -> {
                ChildJourney had = records.get(id);
                if (had == null || had.version() != v) {
                    changed.add(id);
                }
            });
            boolean removed = records.keySet().stream().anyMatch(id -> !versions.containsKey(id));
            if (changed.isEmpty() && !removed && report != null && report.year().equals(year)) {
                return report;
            }
            records.keySet().retainAll(versions.keySet());
            if (!changed.isEmpty()) {
                for (ChildJourney j : journeys.readForReturn("hearth", "live return errors " + year, changed)) {
                    records.put(j.child().id(), j);
                }
            }
        }
        List<ChildJourney> all = new ArrayList<>(versions.size());
        for (UUID id : versions.keySet()) {
            ChildJourney j = records.get(id);
            if (j != null) {
                all.add(j);
            }
        }
        report = validation.validate(all, year, today);
        log.info("Validated the live record for {}: {} children ({} read again), {} issues, in {} ms (checking {} ms)",
                year, all.size(), fresh ? all.size() : changed.size(), report.issues().size(),
                (System.nanoTime() - t0) / 1_000_000, report.millis());
        return report;
    }
}
