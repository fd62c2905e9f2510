package io.gridgov.core;

import java.util.Objects;

/**
 * One thing wrong with an input: where it is and what is wrong with it.
 *
 * @param where   what the problem is attached to: an area code ({@code 350603001001}), a JSON path
 *                ({@code $.nodes[12].parent}) or a field name; never personal data
 * @param message what is wrong and how to fix it
 */
public record Problem(String where, String message) {
    /** Validates that both parts are present. */
    public Problem {
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return where + ": " + message;
    }
}
