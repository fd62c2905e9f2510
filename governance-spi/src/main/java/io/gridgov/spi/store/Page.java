package io.gridgov.spi.store;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of a query's results, in the query's order, and the request for the next page.
 *
 * <p>Immutable and thread-safe.
 *
 * @param items the items, at most the request's limit
 * @param nextRequest the request for the following page; {@code null} when no further item matched
 * @param <T>   the item type
 */
public record Page<T>(List<T> items, PageRequest nextRequest) {
    /** Copies the items. */
    public Page {
        items = List.copyOf(Objects.requireNonNull(items, "items"));
    }

    /** The request for the following page; empty when this is the last page. */
    public Optional<PageRequest> next() {
        return Optional.ofNullable(nextRequest);
    }
}
