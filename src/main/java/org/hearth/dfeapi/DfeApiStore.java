package org.hearth.dfeapi;

import java.sql.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The flow's own tables (V21): the sends, what the DfE last accepted for each child, and its answer for every record.
 * They hold no part of the child's record — that is read only through the access seam.
 */
@Repository
public class DfeApiStore {
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;

    DfeApiStore(JdbcTemplate jdbc, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.tx = tx;
    }

    /** What the DfE last accepted for each child it has been sent. */
    public Map<UUID, SendPlan.Sent> sent() {
        Map<UUID, SendPlan.Sent> out = new HashMap<>();
        jdbc.query("SELECT person_id, la_child_id, mis_child_id, last_hash, last_payload, purged FROM dfeapi_child_state",
                rs -> {
                    UUID id = rs.getObject(1, UUID.class);
                    out.put(id, new SendPlan.Sent(id, rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getBoolean(6)));
                });
        return out;
    }

    void startRun(UUID run, String operator, SendPlan.Mode mode, boolean dryRun, Cohort.Window window, int inFlow,
                  int noId, int records, int purges, int batches) {
        jdbc.update("INSERT INTO dfeapi_send_run (run_id, operator, mode, dry_run, window_start, window_end, "
                        + "children_in_flow, left_out_no_id, records, purges, batches) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                run, operator, mode.name(), dryRun, Date.valueOf(window.start()), Date.valueOf(window.end()), inFlow,
                noId, records, purges, batches);
    }

    void finishRun(UUID run, int accepted, int rejected, int failed, String outcome) {
        jdbc.update("UPDATE dfeapi_send_run SET finished_at = now(), accepted = ?, rejected = ?, failed = ?, outcome = ? "
                + "WHERE run_id = ?", accepted, rejected, failed, outcome, run);
    }

    /** A batch's answers, and what the DfE now holds for the records it accepted: together or not at all. */
    void recordBatch(UUID run, int batchNo, List<SendPlan.Outgoing> batch, DfeApiClient.BatchResult result) {
        tx.executeWithoutResult(status -> {
            for (int i = 0; i < batch.size(); i++) {
                SendPlan.Outgoing o = batch.get(i);
                DfeApiClient.RecordResult r = result.records().get(i);
                jdbc.update("INSERT INTO dfeapi_record_result (run_id, batch_no, position, person_id, la_child_id, kind, "
                                + "hash, http_status, attempts, status, receipt, message) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                        run, batchNo, i, o.personId(), o.laChildId(), o.kind().name(), o.hash(), result.httpStatus(),
                        result.attempts(), r.status().name(), r.receipt(), r.message());
                if (r.status() != DfeApiClient.Status.ACCEPTED) {
                    continue;
                }
                boolean purge = o.kind() == SendPlan.Kind.PURGE;
                jdbc.update("INSERT INTO dfeapi_child_state (person_id, la_child_id, mis_child_id, last_hash, last_payload, "
                                + "purged, last_run_id, accepted_at) VALUES (?,?,?,?,?,?,?, now()) "
                                + "ON CONFLICT (person_id) DO UPDATE SET la_child_id = EXCLUDED.la_child_id, "
                                + "mis_child_id = EXCLUDED.mis_child_id, last_hash = EXCLUDED.last_hash, "
                                + "last_payload = EXCLUDED.last_payload, purged = EXCLUDED.purged, "
                                + "last_run_id = EXCLUDED.last_run_id, accepted_at = now()",
                        o.personId(), o.laChildId(), o.misChildId(), purge ? null : o.hash(), purge ? null : o.text(),
                        purge, run);
            }
        });
    }
}
