/**
 * Supervision: a team manager's supervision sessions with the workers of their team (what was discussed, the
 * decisions about each child, actions, the worker's comments and agreement, the next date), each worker's
 * supervision cadence (clocks/timescales.tsv: SUPERVISION, SUPERVISION_ASYE, SUPERVISION_ASYE_PERIOD) and the
 * council's figure of workers with no supervision in their cadence.
 *
 * <p>A supervision record is a staff record, not a part of any child's record: {@code access.AccessPolicy#supervision}
 * decides who sees it (the worker's personal part only the two of them). A decision about a child is written on that
 * child's record as a supervision-decision case note, through the notes stage's own command and the seam, so the
 * child's chronology shows it; the supervision record keeps only which child and which note.
 */
package org.hearth.supervision;
