package org.hearth.journey;

import java.time.LocalDate;
import java.util.UUID;

/** One recorded step of a child's journey (a referral, a CP plan, a placement…). Records are plain Java records. */
public interface JourneyRecord {
    UUID id();

    /** The child this record belongs to. */
    UUID personId();

    /** The day this step happened or started: orders the chronology and anchors the rules. */
    LocalDate startDate();

    /** The day it ended; null while open, and for single-day events. */
    default LocalDate endDate() {
        return null;
    }

    /** A short description for the chronology, in a practitioner's words. */
    String summary();

    /**
     * The chronology's line for a change to this record, when the record says it better than "… ended" or
     * "(updated)" (an answer to a request for information is "Information from …"); null for the usual line.
     */
    default String summaryOfChange() {
        return null;
    }
}
