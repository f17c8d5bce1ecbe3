package org.hearth.journey;

/**
 * One record to add (id null) or replace (id set) on a child's journey; or, made by {@link #added}, to add with the
 * id the command chose, so that other records of the same change can refer to it (the participants of a strategy
 * discussion recorded with it).
 */
public record JourneyChange<T extends Record & JourneyRecord>(EpisodeKind<T> kind, T record, boolean adds) {
    public JourneyChange {
        if (adds && record.id() == null) {
            throw new IllegalArgumentException("A record added with its own id needs the id");
        }
    }

    public static <T extends Record & JourneyRecord> JourneyChange<T> of(EpisodeKind<T> kind, T record) {
        return new JourneyChange<>(kind, record, false);
    }

    /** A new record with the id the command gave it (never one already on the record). */
    public static <T extends Record & JourneyRecord> JourneyChange<T> added(EpisodeKind<T> kind, T record) {
        return new JourneyChange<>(kind, record, true);
    }

    /** Whether this change adds a record (rather than replacing one). */
    public boolean addsRecord() {
        return adds || record.id() == null;
    }
}
