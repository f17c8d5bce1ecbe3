package org.hearth.demo;

import java.time.LocalDate;

/**
 * Where a referral episode ended: the day (null while still open), the closure reason (RC1…RC9) and what comes next
 * ({@code EH}: step down to family help; {@code STOP}: the child's journey ends here).
 */
record EpisodeEnd(LocalDate date, String reason, String next) {
    /** Still open at the demo's "today". */
    static final EpisodeEnd OPEN = new EpisodeEnd(null, null, null);
}
