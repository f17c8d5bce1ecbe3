package org.hearth.journey;

/** One record to add (id null) or replace (id set) on a child's journey. */
public record JourneyChange<T extends Record & JourneyRecord>(EpisodeKind<T> kind, T record) {
    public static <T extends Record & JourneyRecord> JourneyChange<T> of(EpisodeKind<T> kind, T record) {
        return new JourneyChange<>(kind, record);
    }
}
