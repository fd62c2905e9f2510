package io.gridgov.spi.store;

import io.gridgov.core.ErrorCode;
import io.gridgov.core.GovernanceException;

import java.util.Objects;

/**
 * A store's or outbox's back end failed: the database, the network, the serializer. The back end's own
 * exception is the {@linkplain #getCause() cause}. Whether a commit that failed this way was written is
 * not known to the caller; retrying it with the same command id is safe (commits are idempotent).
 *
 * <p>Code {@link ErrorCode#STORE_FAILURE} ({@code GOV-032}). Implementations wrap every foreign exception
 * in this one (or a subclass) and let gridgov's own exceptions pass unchanged: use {@link #wrap}.
 */
public class StoreFailureException extends GovernanceException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param operation what the store was doing, e.g. {@code "commit of case c-17"}; no personal data
     * @param cause     the back end's exception
     */
    public StoreFailureException(String operation, Throwable cause) {
        super(ErrorCode.STORE_FAILURE, operation + " failed in the store's back end ("
                + Objects.requireNonNull(cause, "cause").getClass().getName() + "); see the cause. A commit may be"
                + " retried with the same command id: it is applied at most once", cause);
    }

    /**
     * What a store throws for an exception caught around its back end: gridgov's own exceptions
     * unchanged, any other wrapped.
     *
     * @param operation what the store was doing; no personal data
     * @param e         the exception caught
     * @return the exception to throw
     */
    public static RuntimeException wrap(String operation, RuntimeException e) {
        return e instanceof GovernanceException ? e : new StoreFailureException(operation, e);
    }
}
