package io.gridgov.spi.store;

import io.gridgov.core.ErrorCode;
import io.gridgov.core.GovernanceException;

/**
 * A commit would give a tracking number that another aggregate holds to a second one. Nothing was written;
 * draw a new number (the tracking-number generator) and apply the command again.
 *
 * <p>Code {@link ErrorCode#DUPLICATE_TRACKING_NUMBER} ({@code GOV-031}).
 */
public class DuplicateTrackingNumberException extends GovernanceException {
    private static final long serialVersionUID = 1L;

    private final String trackingNumber;
    private final String holder;

    /**
     * Creates the exception.
     *
     * @param trackingNumber the number
     * @param holder         the id of the aggregate that holds it
     * @param claimant       the id of the aggregate the commit would have given it to
     */
    public DuplicateTrackingNumberException(String trackingNumber, String holder, String claimant) {
        super(ErrorCode.DUPLICATE_TRACKING_NUMBER, "tracking number " + trackingNumber + " belongs to " + holder
                + " and cannot be given to " + claimant + "; nothing was written: draw a new tracking number");
        this.trackingNumber = trackingNumber;
        this.holder = holder;
    }

    /** The tracking number. */
    public String trackingNumber() {
        return trackingNumber;
    }

    /** The id of the aggregate that holds it. */
    public String holder() {
        return holder;
    }
}
