package org.hearth.chronology;

import java.util.function.Predicate;
import org.hearth.access.View;
import org.hearth.journey.ChildJourney;

/**
 * The chronology as a user's view shows it. It is written from the records, so an entry about a record shows only
 * when the view shows that record (a family help worker sees no CP events; only the allocated worker and their
 * manager see a "do not disclose" address), and an entry about no one record when the view shows its kind. The
 * child's page, the chronology API, its entry pages and the PDF all use it, so they agree.
 */
public final class VisibleChronology {
    private VisibleChronology() {}

    /** Whether the view shows the whole record, nothing withheld: every entry shows. */
    public static boolean whole(View view) {
        return view.reads().every() && !view.withholdsRestricted();
    }

    /** Which entries show, given the record as the view shows it ({@code visible}) and the view. */
    public static Predicate<Chronology.Entry> shown(ChildJourney visible, View view) {
        if (whole(view)) {
            return e -> true;
        }
        return e -> e.recordId() != null ? visible.findAny(e.recordId()).isPresent() : view.showsKind(e.kind());
    }
}
