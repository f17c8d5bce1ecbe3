package org.hearth.access;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What one person may see and change of one child's record, as {@link AccessPolicy} worked it out: the parts they
 * may read and write, whether records flagged "do not disclose" are withheld, the basis (and the assignment it rests
 * on) for the audit, and when it ends. An empty view carries the reason for the refusal.
 */
public record View(Parts reads, Parts writes, boolean withholdsRestricted, AccessPolicy.Basis basis, Assignment via,
                   Instant until, String refusal, ChildFacts.Shared shared) {

    public View(Parts reads, Parts writes, boolean withholdsRestricted, AccessPolicy.Basis basis, Assignment via,
                Instant until, String refusal) {
        this(reads, writes, withholdsRestricted, basis, via, until, refusal, null);
    }

    /**
     * A set of parts, or every part (so a kind added later is seen whole by whole-record roles, and by no one else).
     * "Every part" never includes the access controls ({@link RecordParts#ACCESS}): those must be named.
     */
    public record Parts(boolean every, Set<String> named) {
        public static final Parts NONE = new Parts(false, Set.of());
        public static final Parts EVERY = new Parts(true, Set.of());

        public Parts {
            named = Set.copyOf(named);
        }

        public static Parts of(Set<String> named) {
            return new Parts(false, named);
        }

        public static Parts of(String... named) {
            return of(Set.of(named));
        }

        public boolean contains(String part) {
            return named.contains(part) || every && !RecordParts.ACCESS.equals(part);
        }

        public boolean isEmpty() {
            return !every && named.isEmpty();
        }

        public Parts plus(Parts other) {
            Set<String> union = new LinkedHashSet<>(named);
            union.addAll(other.named);
            return new Parts(every || other.every, union);
        }

        @Override
        public String toString() {
            Set<String> sorted = new TreeSet<>(named);
            if (every) {
                return sorted.isEmpty() ? "*" : "*," + String.join(",", sorted);
            }
            return String.join(",", sorted);
        }
    }

    public static View none(String refusal) {
        return new View(Parts.NONE, Parts.NONE, true, null, null, null, refusal);
    }

    public static View none(String refusal, AccessPolicy.Basis basis, Assignment via) {
        return new View(Parts.NONE, Parts.NONE, true, basis, via, null, refusal);
    }

    public boolean isEmpty() {
        return reads.isEmpty();
    }

    /**
     * Whether this part may be read ("record", "caseload" and "reviews" need only a view that is not empty, and one
     * that opens more than the health flag: a health partner never opens a page of the record, nor a carer or a child,
     * whose pages are their own, nor a partner answering a request for information; and a partner's practitioner only
     * the partner's own view of the parts shared).
     */
    public boolean canRead(String part) {
        if (isEmpty()) {
            return false;
        }
        String p = RecordParts.canonical(part);
        // A health partner never opens a page of the record, nor does a child or a carer (only their own parts).
        return RecordParts.ANY_OF_THE_RECORD.contains(p) && basis != AccessPolicy.Basis.HEALTH_FLAG_LOOKUP
                && basis != AccessPolicy.Basis.SELF && basis != AccessPolicy.Basis.CARER
                && basis != AccessPolicy.Basis.SHARING_DECISION && basis != AccessPolicy.Basis.INFORMATION_REQUEST
                || reads.contains(p);
    }

    /**
     * Whether every one of these comma-separated parts may be written. A draft of a form ("draft:visit") needs only
     * that something may be written: the form's own submission is checked when it is recorded.
     */
    public boolean canWrite(String part) {
        if (writes.isEmpty()) {
            return false;
        }
        if (part.startsWith("draft:")) {
            return true;
        }
        List<String> parts = Arrays.stream(part.split(",")).map(String::trim).map(RecordParts::canonical).toList();
        return parts.stream().allMatch(p -> writes.contains(p)
                || RecordParts.CARRIED_BY.getOrDefault(p, Set.of()).stream()
                        .anyMatch(carrier -> parts.contains(carrier) && writes.contains(carrier)));
    }

    /**
     * Whether a record is shown in this view: a record flagged "do not disclose" only to whom it may be disclosed; a
     * record owned by an organisation ({@link OrganisationOwned}), to a partner reading under a sharing decision, only
     * when it is their own organisation's.
     */
    public boolean shows(Object record) {
        if (withholdsRestricted && record instanceof Restricted r && r.restricted()) {
            return false;
        }
        // A partner reading under their organisation's sharing decision sees only their own organisation's actions.
        return shared == null || !(record instanceof OrganisationOwned owned)
                || shared.organisationId() != null && shared.organisationId().equals(owned.organisationId());
    }

    /** Whether a record kind (by its API name) is shown in this view. */
    public boolean showsKind(String kindName) {
        return reads.contains(kindName);
    }

    /** The parts disclosed by a read of the whole view, as the audit records them. */
    public String disclosed() {
        return reads.toString();
    }
}
