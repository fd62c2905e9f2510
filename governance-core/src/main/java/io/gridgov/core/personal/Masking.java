package io.gridgov.core.personal;

/** Masks the middle of a value. */
final class Masking {
    private Masking() {
    }

    /** {@code value} with all but the first {@code head} and last {@code tail} characters as {@code *}. */
    static String keep(String value, int head, int tail) {
        if (value.length() <= head + tail) {
            return "*".repeat(value.length());
        }
        return value.substring(0, head) + "*".repeat(value.length() - head - tail) + value.substring(value.length() - tail);
    }
}
