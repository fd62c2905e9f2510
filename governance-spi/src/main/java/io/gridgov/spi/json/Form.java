package io.gridgov.spi.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import io.gridgov.core.Problem;

import java.io.IOException;
import java.util.List;

/**
 * The JSON form of one Java type: how a value is written, and how it is read back strictly. Reading never
 * throws for bad input: it adds every problem, each with its JSON path, to the list and returns
 * {@code null}; messages never repeat a value from the document (it may be personal data).
 *
 * @param <T> the type
 */
interface Form<T> {
    /** Writes a non-null value. */
    void write(T value, JsonGenerator g) throws IOException;

    /**
     * Reads a non-null node.
     *
     * @param node     the node (not a JSON null)
     * @param path     its JSON path, e.g. {@code $.clocks.HANDLE}
     * @param problems where problems go
     * @return the value, or {@code null} if a problem was added
     */
    T read(JsonNode node, String path, List<Problem> problems);
}
