package org.hearth.returns.files;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hearth.codes.CollectionYear;
import org.hearth.returns.cin.CinSchema;
import org.hearth.returns.live.LiveReport;
import org.hearth.returns.live.ReturnKind;

/**
 * One making of a return's files from the record, run in the background: where it has got to (for the progress
 * page), then the files and what checking them found. Held in memory by {@link ReturnRuns}, which alone changes it.
 */
public final class ReturnRun {
    /** The steps a run goes through, in order, as the progress page names them. */
    public enum Step {
        QUEUED("Waiting to start"),
        READING("Reading every child's record"),
        WRITING("Making the return files"),
        CHECKING("Checking the return against the DfE's rules"),
        SCHEMA("Checking the XML against the DfE's schema"),
        DONE("Finished"),
        FAILED("Could not finish");

        private final String label;

        Step(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private final UUID id;
    private final ReturnKind kind;
    private final CollectionYear year;
    private final String startedBy;
    private final Instant startedAt;
    private volatile Step step = Step.QUEUED;
    private volatile int children = -1;
    private volatile Instant finishedAt;
    private volatile String failure;
    private volatile byte[] file;
    private volatile LiveReport report;
    private volatile List<CinSchema.Problem> schemaProblems = List.of();
    private volatile boolean schemaChecked;

    ReturnRun(UUID id, ReturnKind kind, CollectionYear year, String startedBy, Instant startedAt) {
        this.id = id;
        this.kind = kind;
        this.year = year;
        this.startedBy = startedBy;
        this.startedAt = startedAt;
    }

    public UUID id() {
        return id;
    }

    public ReturnKind kind() {
        return kind;
    }

    public CollectionYear year() {
        return year;
    }

    public String startedBy() {
        return startedBy;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Step step() {
        return step;
    }

    /** The step's number and how many steps this return has (CIN has the schema check too). */
    public int stepNumber() {
        return switch (step) {
            case QUEUED -> 0;
            case READING -> 1;
            case WRITING -> 2;
            case CHECKING -> 3;
            case SCHEMA -> 4;
            case DONE, FAILED -> steps();
        };
    }

    public int steps() {
        return kind == ReturnKind.CIN ? 4 : 3;
    }

    public boolean finished() {
        return step == Step.DONE || step == Step.FAILED;
    }

    public boolean done() {
        return step == Step.DONE;
    }

    /** Children's records read; -1 until they are. */
    public int children() {
        return children;
    }

    public Instant finishedAt() {
        return finishedAt;
    }

    public String failure() {
        return failure;
    }

    public LiveReport report() {
        return report;
    }

    /** False when no shipped DfE schema describes this year's census (see {@link CinSchema#describes}). */
    public boolean schemaChecked() {
        return schemaChecked;
    }

    public List<CinSchema.Problem> schemaProblems() {
        return schemaProblems;
    }

    byte[] file() {
        return file;
    }

    /** The return file's name as downloaded: the 903 CSV set as a zip, the CIN census as XML. */
    public String fileName() {
        return kind == ReturnKind.SSDA903 ? "ssda903-" + year.rulesetName() + ".zip"
                : "cin-census-" + year.rulesetName() + ".xml";
    }

    public String contentType() {
        return kind == ReturnKind.SSDA903 ? "application/zip" : "application/xml";
    }

    public int fileSize() {
        byte[] f = file;
        return f == null ? 0 : f.length;
    }

    void reached(Step next) {
        step = next;
    }

    void read(int count) {
        children = count;
    }

    void wrote(byte[] bytes) {
        file = bytes;
    }

    void checked(LiveReport found, boolean againstSchema, List<CinSchema.Problem> problems) {
        report = found;
        schemaChecked = againstSchema;
        schemaProblems = List.copyOf(problems);
    }

    void finish() {
        finishedAt = Instant.now();
        step = Step.DONE;
    }

    void fail(String why) {
        failure = why;
        finishedAt = Instant.now();
        file = null;
        step = Step.FAILED;
    }
}
