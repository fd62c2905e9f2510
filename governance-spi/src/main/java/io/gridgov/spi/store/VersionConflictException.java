package io.gridgov.spi.store;

import io.gridgov.core.ErrorCode;
import io.gridgov.core.GovernanceException;

/**
 * A commit's expected version is not the stored one: another command changed the aggregate first, or a
 * new aggregate's id is taken (expected 0), or the aggregate does not exist (actual 0). Nothing was
 * written; reload the aggregate, apply the command again and commit with the new version.
 *
 * <p>Code {@link ErrorCode#VERSION_CONFLICT} ({@code GOV-030}).
 */
public class VersionConflictException extends GovernanceException {
    private static final long serialVersionUID = 1L;

    private final String aggregateId;
    private final long expectedVersion;
    private final long actualVersion;

    /**
     * Creates the exception.
     *
     * @param aggregateId     the case or dispute id
     * @param expectedVersion the version the commit expected
     * @param actualVersion   the version stored, 0 if none
     */
    public VersionConflictException(String aggregateId, long expectedVersion, long actualVersion) {
        super(ErrorCode.VERSION_CONFLICT, aggregateId + " is at version " + actualVersion + ", not " + expectedVersion
                + " as the commit expected" + (actualVersion == 0 ? " (it is not stored)" : "")
                + (expectedVersion == 0 ? " (the commit creates it, but the id is taken)" : "")
                + "; nothing was written: reload it, apply the command again and commit the new snapshot");
        this.aggregateId = aggregateId;
        this.expectedVersion = expectedVersion;
        this.actualVersion = actualVersion;
    }

    /** The case or dispute id. */
    public String aggregateId() {
        return aggregateId;
    }

    /** The version the commit expected. */
    public long expectedVersion() {
        return expectedVersion;
    }

    /** The version stored, 0 if none. */
    public long actualVersion() {
        return actualVersion;
    }
}
