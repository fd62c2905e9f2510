package io.gridgov.routing.rules;

/**
 * Why a router decided as it did, as a readable sentence in English or Chinese. Implementations are
 * immutable and thread-safe; the sentences are rendered on each call, never stored.
 */
public interface Explanation {
    /** The explanation as English sentences. */
    String toEnglish();

    /** The explanation as Chinese sentences. */
    String toChinese();
}
