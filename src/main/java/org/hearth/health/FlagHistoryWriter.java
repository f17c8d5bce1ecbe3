package org.hearth.health;

import java.time.LocalDate;
import org.hearth.care.LegalStatus;
import org.hearth.codes.CodeLists;
import org.hearth.codes.CollectionYear;
import org.hearth.journey.JourneyRecorded;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps "what was flagged when": a CP plan that starts or ends starts or ends the child's CP flag (an unborn child's
 * plan their UCPP flag); a period of care the looked-after flag; a new legal status changes it. Written from the
 * record's domain events in the same transaction as the change (as the chronology is), so the history and the record
 * never disagree and no nightly job is needed. The flags themselves are read from the record at each look-up.
 */
@Component
class FlagHistoryWriter {
    private final FlagStore store;
    private final CodeLists codes = CodeLists.standard();

    FlagHistoryWriter(FlagStore store) {
        this.store = store;
    }

    @EventListener
    void on(JourneyRecorded event) {
        String kind = event.kind().name();
        FlagKind flag = switch (kind) {
            case "cp-plans" -> store.unborn(event.childId()) ? FlagKind.UCPP : FlagKind.CPP;
            case "care-periods", "legal-statuses" -> FlagKind.CLA;
            default -> null;
        };
        LocalDate start = event.record().startDate();
        if (flag == null || start == null) {
            return;
        }
        String by = event.actor();
        if (kind.equals("legal-statuses")) {
            if (event.added()) {
                String code = event.record() instanceof LegalStatus ls ? ls.legalStatus() : null;
                store.recordChange(event.childId(), flag, "CHANGED", start, "Legal status: " + label(code, start),
                        event.record().id(), by);
            }
            return;
        }
        if (event.added()) {
            store.recordChange(event.childId(), flag, "STARTED", start, null, event.record().id(), by);
            if (event.record().endDate() != null) {
                store.recordChange(event.childId(), flag, "ENDED", event.record().endDate(), null, event.record().id(), by);
            }
        } else if (event.ended()) {
            store.recordChange(event.childId(), flag, "ENDED", event.record().endDate(), null, event.record().id(), by);
        } else if (!java.util.Objects.equals(event.previous().startDate(), start)
                || !java.util.Objects.equals(event.previous().endDate(), event.record().endDate())) {
            store.recordChange(event.childId(), flag, "CHANGED", start, "Dates corrected", event.record().id(), by);
        }
    }

    private String label(String code, LocalDate day) {
        if (code == null) {
            return "not known";
        }
        try {
            return codes.list("LS", CollectionYear.containing(day)).label(code).orElse(code);
        } catch (RuntimeException e) {
            return code;
        }
    }
}
