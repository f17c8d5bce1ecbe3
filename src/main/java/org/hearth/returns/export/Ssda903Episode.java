package org.hearth.returns.export;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One 903 episode: a stretch of a period of care with one legal status and one placement. The first thirteen
 * fields are the DfE's Episodes table; PL_DISTANCE, PL_LA and PL_LOCATION are the fields the DfE derives from the
 * postcodes, kept here for local use (they are not columns of the return). Blank fields are null.
 */
public record Ssda903Episode(String child, LocalDate decom, String rne, String ls, String cin, String place,
                             String placeProvider, LocalDate dec, String rec, String reasonPlaceChange,
                             String homePost, String plPost, String urn, BigDecimal plDistance, String plLa,
                             String plLocation) {

    /** Open on some day of [from, to]: started by the end and not ended before the start. */
    public boolean openDuring(LocalDate from, LocalDate to) {
        return !decom.isAfter(to) && (dec == null || !dec.isBefore(from));
    }

    /** As the return sees it at a reference date: an end after that date is not yet known. */
    Ssda903Episode asAt(LocalDate referenceDate) {
        if (dec == null || !dec.isAfter(referenceDate)) {
            return this;
        }
        return new Ssda903Episode(child, decom, rne, ls, cin, place, placeProvider, null, null, null, homePost,
                plPost, urn, plDistance, plLa, plLocation);
    }
}
