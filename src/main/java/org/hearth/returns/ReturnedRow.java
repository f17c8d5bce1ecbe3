package org.hearth.returns;

import java.time.LocalDate;
import java.util.UUID;
import org.hearth.journey.JourneyRecord;

/**
 * That a past 903 return, brought in by the import, gave this child a row in one of its tables: the return's
 * membership as the LA sent it, not its values (those live in the record's own kinds). It lets the export give an
 * imported year back as it was returned — the child in the Header though no episode falls in the year, a review from
 * an earlier year, OC2 or PrevPerm for a child outside those tables' cohorts — because which rows a year's return held
 * is history that the record of the child's care alone cannot rebuild. Hearth's own recording never writes these; a
 * year without them is derived from the record alone.
 *
 * @param returnYearEnd the 31 March ending the collection year of the return that held the row
 * @param returnTable   the DfE table name (Header, Reviews, Missing, OC2, OC3, AD1, PlacedAdoption, PrevPerm), or
 *                      Episodes for an episode the return gave an end (DEC) after 31 March
 * @param rowKey        which of the child's records the row was, by its date as yyyy-mm-dd (REVIEW, MIS_START,
 *                      DATE_INT, DATE_PLACED, DECOM); blank for tables with one row per child
 * @param laterDatesGiven the row gave a date after the year's 31 March (DEC, MIS_END, DATE_MATCH,
 *                      DATE_PLACED_CEASED), which a return derived at 31 March would not know; the export keeps it
 */
public record ReturnedRow(UUID id, UUID personId, LocalDate returnYearEnd, String returnTable, String rowKey,
                          Boolean laterDatesGiven) implements JourneyRecord {

    /** Not an event in the child's life: it has no day of its own and stays out of the chronology. */
    @Override
    public LocalDate startDate() {
        return null;
    }

    @Override
    public String summary() {
        return "In the " + returnTable + " table of the 903 return for the year to " + returnYearEnd;
    }
}
