package org.hearth.journey;

import org.hearth.platform.jdbc.RecordTable;

/**
 * A kind of record on a child's journey: its API name (a path segment such as {@code cp-plans}), what a
 * practitioner calls it, and the SSD table it lives in.
 */
public record EpisodeKind<T extends Record & JourneyRecord>(String name, String label, RecordTable<T> table) {
    public Class<T> type() {
        return table.type();
    }

    @SuppressWarnings("unchecked")
    public T cast(JourneyRecord record) {
        return (T) record;
    }
}
