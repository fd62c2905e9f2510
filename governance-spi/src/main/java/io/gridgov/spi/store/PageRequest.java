package io.gridgov.spi.store;

import io.gridgov.core.ErrorCode;
import io.gridgov.core.InvalidInputException;

import java.util.Objects;
import java.util.Optional;

/**
 * Which page of a query to read: at most {@code limit} items after a cursor (keyset paging). The cursor
 * is the store's own encoding of the last item's sort key ({@link Query order}); a caller only passes on
 * what {@link Page#next()} gave it. Pages stay consistent while the data changes: an item is never
 * skipped or repeated because another was added or removed before the cursor.
 *
 * <p>Immutable and thread-safe.
 *
 * @param limit  how many items at most, 1 to {@value #MAX_LIMIT}
 * @param cursor where the previous page ended, or {@code null} for the first page
 */
public record PageRequest(int limit, String cursor) {
    /** The largest page. */
    public static final int MAX_LIMIT = 1000;

    /**
     * Validates the request.
     *
     * @throws InvalidInputException if the limit is out of range or the cursor is empty
     */
    public PageRequest {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw InvalidInputException.of(ErrorCode.INVALID_INPUT, "limit", "page limit " + limit
                    + " is out of range; use 1 to " + MAX_LIMIT);
        }
        if (cursor != null && cursor.isEmpty()) {
            throw InvalidInputException.of(ErrorCode.INVALID_INPUT, "cursor", "the cursor is empty; pass null for the"
                    + " first page, then the request Page.next() returns");
        }
    }

    /**
     * The first page.
     *
     * @param limit how many items at most
     * @return the request
     */
    public static PageRequest first(int limit) {
        return new PageRequest(limit, null);
    }

    /** The cursor, empty for the first page. */
    public Optional<String> after() {
        return Optional.ofNullable(cursor);
    }

    /**
     * The request for the page after the one ending at a cursor.
     *
     * @param nextCursor the store's cursor for the last item returned
     * @return a request with the same limit
     */
    public PageRequest after(String nextCursor) {
        return new PageRequest(limit, Objects.requireNonNull(nextCursor, "nextCursor"));
    }
}
