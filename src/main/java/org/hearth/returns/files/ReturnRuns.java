package org.hearth.returns.files;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.hearth.access.AccessSeam;
import org.hearth.access.Actor;
import org.hearth.codes.CollectionYear;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.JourneyService;
import org.hearth.returns.cin.CinSchema;
import org.hearth.returns.export.CinCensusXml;
import org.hearth.returns.export.Ssda903Export;
import org.hearth.returns.geography.PostcodeDirectory;
import org.hearth.returns.live.LiveIssue;
import org.hearth.returns.live.LiveReport;
import org.hearth.returns.live.LiveValidation;
import org.hearth.returns.live.ReturnKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Makes a return's files from the record and checks them, in the background, for the data analysts and the
 * performance team: every child with an LA child id is read (a system read for the statutory return, audited), the
 * return is derived by the same exporters as {@code ./hearth returns export} (the 903 CSV set, zipped; the CIN
 * census XML, checked against the DfE's schema) and checked by the same validators as the return errors page and
 * {@code ./hearth returns validate}. One run at a time, the others queued; the last {@link #KEEP} runs are kept in
 * memory (the files name children, so they are never written anywhere but a temporary folder that is removed).
 */
@Service
public class ReturnRuns {
    private static final Logger log = LoggerFactory.getLogger(ReturnRuns.class);
    static final int KEEP = 10;

    private final JourneyService journeys;
    private final AccessSeam seam;
    private final QueryConfirmations confirmations;
    private final String ons;
    private final String laNumber;
    private final Clock clock = Clock.systemDefaultZone();
    private final LiveValidation validation;
    private final Map<UUID, ReturnRun> runs = new ConcurrentHashMap<>();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "return-files");
        t.setDaemon(true);
        return t;
    });

    ReturnRuns(JourneyService journeys, AccessSeam seam, QueryConfirmations confirmations,
               @Value("${hearth.la.ons-code:}") String onsCode, @Value("${hearth.la.number:999}") String laNumber) {
        this.journeys = journeys;
        this.seam = seam;
        this.confirmations = confirmations;
        this.ons = onsCode == null || onsCode.isBlank() ? null : onsCode.trim();
        this.laNumber = laNumber;
        this.validation = new LiveValidation(onsCode, laNumber, clock, PostcodeDirectory::standard);
    }

    /** The years a return can be made for: this collection year and the two before it. */
    public List<CollectionYear> years() {
        CollectionYear now = CollectionYear.containing(LocalDate.now(clock));
        return List.of(now, now.previous(), now.previous().previous());
    }

    /** Starts making the return (refused and audited for anyone but analysts and the performance team). */
    public ReturnRun start(Actor actor, ReturnKind kind, CollectionYear year) {
        String purpose = "make and check the " + kind.label() + " " + year;
        return seam.returnFiles(actor, "READ", purpose, "started making the " + kind.label() + " " + year
                + " from every child's record", () -> {
            ReturnRun run = new ReturnRun(UUID.randomUUID(), kind, year, actor.username(), Instant.now());
            runs.put(run.id(), run);
            forgetOld();
            worker.submit(() -> make(run, purpose));
            return run;
        });
    }

    public Optional<ReturnRun> find(UUID id) {
        return Optional.ofNullable(runs.get(id));
    }

    /** Runs, newest first. */
    public List<ReturnRun> recent() {
        return runs.values().stream().sorted(Comparator.comparing(ReturnRun::startedAt).reversed()).toList();
    }

    private void forgetOld() {
        List<ReturnRun> all = recent();
        for (int i = KEEP; i < all.size(); i++) {
            if (all.get(i).finished()) {
                runs.remove(all.get(i).id());
            }
        }
    }

    /** One issue of a finished run, with whether it is a query and, if so, its confirmation now. */
    public record RunIssue(int index, LiveIssue issue, boolean query, QueryConfirmations.Key key,
                           QueryConfirmations.Confirmation confirmation, List<ValueLabels.Shown> values) {
        /** Error, Query or Confirmed, as the page and the CSV say. */
        public String status() {
            return confirmation != null ? "Confirmed" : query ? "Query" : "Error";
        }

        public boolean open() {
            return confirmation == null;
        }
    }

    /** The run's issues, with their confirmations as they stand now (so a confirmation shows at once). */
    public List<RunIssue> issues(ReturnRun run) {
        LiveReport report = run.report();
        if (report == null) {
            return List.of();
        }
        Map<QueryConfirmations.Key, QueryConfirmations.Confirmation> confirmed = confirmations.of(run.kind());
        CollectionYear rulesOf = run.kind() == ReturnKind.CIN ? report.cinRulesOf() : run.year();
        List<RunIssue> out = new ArrayList<>(report.issues().size());
        int n = 0;
        for (LiveIssue i : report.issues()) {
            boolean query = QueryRules.isQuery(run.kind(), i.ruleCode(), rulesOf);
            QueryConfirmations.Key key = new QueryConfirmations.Key(run.kind(), i.ruleCode(),
                    i.laChildId() == null ? "" : i.laChildId(), QueryConfirmations.digest(i.values()));
            out.add(new RunIssue(n++, i, query, key, query ? confirmed.get(key) : null,
                    ValueLabels.shown(i.values(), run.year())));
        }
        return out;
    }

    /** The return file, for a user the seam lets download it: audited as a bulk disclosure with its purpose. */
    public byte[] download(Actor actor, ReturnRun run) {
        byte[] file = run.file();
        if (!run.done() || file == null) {
            throw new IllegalStateException("the run has no file");
        }
        return seam.returnFiles(actor, "DOWNLOAD", "download the " + run.kind().label() + " " + run.year(),
                run.fileName() + ": " + run.children() + " children's records, " + file.length + " bytes", () -> file);
    }

    private void make(ReturnRun run, String purpose) {
        long t0 = System.nanoTime();
        try {
            run.reached(ReturnRun.Step.READING);
            List<ChildJourney> all = journeys.readAllForReturn(run.startedBy(), purpose);
            run.read(all.size());
            run.reached(ReturnRun.Step.WRITING);
            Path dir = Files.createTempDirectory("hearth-return-");
            List<CinSchema.Problem> problems = List.of();
            try {
                if (run.kind() == ReturnKind.SSDA903) {
                    new Ssda903Export(ons, PostcodeDirectory.standard()).writeTo(all, run.year(), dir);
                    run.wrote(zip(dir));
                } else {
                    Path xml = dir.resolve(run.fileName());
                    new CinCensusXml(clock).writeTo(all, run.year(), laNumber, xml);
                    run.wrote(Files.readAllBytes(xml));
                }
                run.reached(ReturnRun.Step.CHECKING);
                LiveReport report = validation.validate(all, run.year(), LocalDate.now(clock), run.kind());
                boolean againstSchema = run.kind() == ReturnKind.CIN && CinSchema.describes(run.year());
                if (againstSchema) {
                    run.reached(ReturnRun.Step.SCHEMA);
                    problems = CinSchema.validate(dir.resolve(run.fileName()));
                }
                run.checked(report, againstSchema, problems);
            } finally {
                removeAll(dir);
            }
            run.finish();
            log.info("Made the {} return for {}: {} children, {} issues, in {} ms", run.kind(), run.year(),
                    run.children(), run.report().issues().size(), (System.nanoTime() - t0) / 1_000_000);
        } catch (Exception | OutOfMemoryError e) {
            // The class only: a message could quote a child's data.
            log.error("Could not make the {} return for {}: {}", run.kind(), run.year(), e.getClass().getName());
            run.fail("Hearth could not make the return (" + e.getClass().getSimpleName() + "). Nothing was kept. "
                    + "Try again, or ask support to look at the log at " + Instant.now() + ".");
        }
    }

    /** Every file under the folder, by its path there (the previous year's tables in previous/). */
    static byte[] zip(Path dir) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes); Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                zip.putNextEntry(new ZipEntry(dir.relativize(f).toString().replace('\\', '/')));
                Files.copy(f, zip);
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static void removeAll(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
