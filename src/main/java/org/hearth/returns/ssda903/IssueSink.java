package org.hearth.returns.ssda903;

/** Where a rule reports the rows it flags; the validator adds the child, rule code, fields and message. */
@FunctionalInterface
public interface IssueSink {
    /** Flags one row of a table (e.g. "Episodes" or "Episodes_last"); flagging a row twice reports it once. */
    void flag(String table, int row);
}
