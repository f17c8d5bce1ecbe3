package org.hearth.platform;

/**
 * A data directory whose PostgreSQL belongs to a Hearth that is still running: it is not an orphan, and stopping
 * it would take the database away from that Hearth.
 */
public class DataDirectoryInUseException extends IllegalStateException {
    private final long ownerPid;

    public DataDirectoryInUseException(String message, long ownerPid) {
        super(message);
        this.ownerPid = ownerPid;
    }

    /** The running Hearth's process id, or -1 when only the directory's lock says it is in use. */
    public long ownerPid() {
        return ownerPid;
    }
}
