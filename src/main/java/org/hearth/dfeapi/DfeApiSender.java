package org.hearth.dfeapi;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.JourneyService;
import org.springframework.stereotype.Service;

/**
 * Sends the data flow: reads every child's record through the access seam as one audited bulk disclosure for the
 * flow's purpose, keeps the children in the cohort, builds each one's payload and hash, plans the send (full or
 * partial, with purges) against what the DfE last accepted, and posts it in batches of at most 100 — or, for a dry
 * run, writes the batches as files and sends nothing.
 */
@Service
public class DfeApiSender {
    public static final String SPEC = "0.8";

    private final JourneyService journeys;
    private final DfeApiStore store;

    DfeApiSender(JourneyService journeys, DfeApiStore store) {
        this.journeys = journeys;
        this.store = store;
    }

    /** What a send did. */
    public record Summary(UUID run, SendPlan.Mode mode, boolean dryRun, int read, int inFlow, int leftOutNoId,
                          int children, int purges, int batches, long bytes, int accepted, int rejected, int failed,
                          String outcome) {}

    /** The children in the flow, as payloads with their hashes, ordered by LA child id, and how many had no id. */
    public record Prepared(List<SendPlan.Current> current, int inFlow, int leftOutNoId) {}

    public static Prepared prepare(List<ChildJourney> all, Cohort.Window window) {
        List<SendPlan.Current> current = new ArrayList<>();
        int inFlow = 0;
        int noId = 0;
        for (ChildJourney j : all) {
            if (!Cohort.includes(j, window)) {
                continue;
            }
            inFlow++;
            if (ChildPayload.laChildId(j.child()) == null) {
                noId++; // la_child_id is required: such a child is counted and reported, not sent
                continue;
            }
            current.add(SendPlan.Current.of(j.child().id(), ChildPayload.of(j, window)));
        }
        current.sort(Comparator.comparing(SendPlan.Current::laChildId).thenComparing(SendPlan.Current::misChildId));
        return new Prepared(current, inFlow, noId);
    }

    /**
     * @param out for a dry run, the directory the batches are written to (batch-0001.json…); ignored otherwise
     * @param client the DfE's client; null for a dry run
     */
    public Summary send(String operator, SendPlan.Mode mode, boolean dryRun, Path out, LocalDate today,
                        DfeApiSettings settings, DfeApiClient client) throws IOException, InterruptedException {
        List<String> problems = dryRun ? settings.problemsForBuilding() : settings.problemsForSending();
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        if (dryRun && out == null) {
            throw new IllegalArgumentException("a dry run writes the payloads to a directory: give --out DIR");
        }
        Cohort.Window window = Cohort.Window.endingOn(today);
        String purpose = "DfE children's social care data flow (spec " + SPEC + "): " + mode.name().toLowerCase()
                + (dryRun ? " dry run" : " send");
        List<ChildJourney> all = journeys.readAllForReturn(operator, purpose);
        Prepared prepared = prepare(all, window);
        int read = all.size();
        all = null; // the payloads are what is kept from here
        List<SendPlan.Outgoing> plan = SendPlan.plan(mode, prepared.current(), store.sent());
        List<List<SendPlan.Outgoing>> batches = SendPlan.batches(plan, settings.batchSize());
        int purges = (int) plan.stream().filter(o -> o.kind() == SendPlan.Kind.PURGE).count();
        UUID run = UUID.randomUUID();
        store.startRun(run, operator, mode, dryRun, window, prepared.inFlow(), prepared.leftOutNoId(), plan.size(), purges,
                batches.size());
        long bytes = 0;
        int accepted = 0;
        int rejected = 0;
        int failed = 0;
        if (dryRun) {
            Files.createDirectories(out);
            for (int b = 0; b < batches.size(); b++) {
                byte[] json = Json.pretty(bodies(batches.get(b))).getBytes(StandardCharsets.UTF_8);
                bytes += json.length;
                Files.write(out.resolve(String.format("batch-%04d.json", b + 1)), json);
            }
            store.finishRun(run, 0, 0, 0, "DRY_RUN");
            return new Summary(run, mode, true, read, prepared.inFlow(), prepared.leftOutNoId(), plan.size() - purges,
                    purges, batches.size(), bytes, 0, 0, 0, "DRY_RUN");
        }
        String outcome = "SENT";
        try {
            for (int b = 0; b < batches.size(); b++) {
                List<SendPlan.Outgoing> batch = batches.get(b);
                List<Map<String, Object>> bodies = bodies(batch);
                bytes += Json.bytes(bodies).length;
                DfeApiClient.BatchResult result = client.post(bodies);
                store.recordBatch(run, b + 1, batch, result);
                for (DfeApiClient.RecordResult r : result.records()) {
                    switch (r.status()) {
                        case ACCEPTED -> accepted++;
                        case REJECTED -> rejected++;
                        case FAILED -> failed++;
                    }
                }
            }
            if (rejected + failed > 0) {
                outcome = "SENT_WITH_REFUSALS";
            }
        } catch (InterruptedException | RuntimeException e) {
            outcome = "STOPPED";
            throw e;
        } finally {
            store.finishRun(run, accepted, rejected, failed, outcome);
        }
        return new Summary(run, mode, false, read, prepared.inFlow(), prepared.leftOutNoId(), plan.size() - purges, purges,
                batches.size(), bytes, accepted, rejected, failed, outcome);
    }

    private static List<Map<String, Object>> bodies(List<SendPlan.Outgoing> batch) {
        return batch.stream().map(SendPlan.Outgoing::body).toList();
    }
}
