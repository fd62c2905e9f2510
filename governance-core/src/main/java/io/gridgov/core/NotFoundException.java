package io.gridgov.core;

/**
 * A look-up of something that does not exist: an area code not in the grid tree, a level key not in
 * the scheme, a case id the store does not hold.
 */
public class NotFoundException extends GovernanceException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what was looked up, where, and how to fix it
     */
    public NotFoundException(String message) {
        super(ErrorCode.NOT_FOUND, message);
    }
}
