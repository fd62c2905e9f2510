package io.gridgov.spi.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The layout of a written grid file: containers the writer marks with {@link #breakNext()} put each
 * member on its own line, indented two spaces per level; all others stay on one line with
 * {@code ", "} and {@code ": "} between their parts. So a file is a short outline with one area or
 * assignment per line, which keeps diffs of a re-drawn grid readable. Line ends are always
 * {@code \n}. Stateful: one instance per generator.
 */
final class LinePrinter implements PrettyPrinter {
    private final Deque<Boolean> open = new ArrayDeque<>();
    private boolean breakNext;

    /** Makes the next container opened put each member on its own line. */
    void breakNext() {
        breakNext = true;
    }

    @Override
    public void writeRootValueSeparator(JsonGenerator g) throws IOException {
        g.writeRaw('\n');
    }

    @Override
    public void writeStartObject(JsonGenerator g) throws IOException {
        start(g, '{');
    }

    @Override
    public void writeEndObject(JsonGenerator g, int nrOfEntries) throws IOException {
        end(g, nrOfEntries, '}');
    }

    @Override
    public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
        separate(g);
    }

    @Override
    public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
        g.writeRaw(": ");
    }

    @Override
    public void writeStartArray(JsonGenerator g) throws IOException {
        start(g, '[');
    }

    @Override
    public void writeEndArray(JsonGenerator g, int nrOfValues) throws IOException {
        end(g, nrOfValues, ']');
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
        separate(g);
    }

    @Override
    public void beforeArrayValues(JsonGenerator g) throws IOException {
        first(g);
    }

    @Override
    public void beforeObjectEntries(JsonGenerator g) throws IOException {
        first(g);
    }

    private void start(JsonGenerator g, char bracket) throws IOException {
        g.writeRaw(bracket);
        open.push(breakNext);
        breakNext = false;
    }

    private void first(JsonGenerator g) throws IOException {
        if (Boolean.TRUE.equals(open.peek())) {
            newLine(g, open.size());
        }
    }

    private void separate(JsonGenerator g) throws IOException {
        g.writeRaw(',');
        if (Boolean.TRUE.equals(open.peek())) {
            newLine(g, open.size());
        } else {
            g.writeRaw(' ');
        }
    }

    private void end(JsonGenerator g, int members, char bracket) throws IOException {
        boolean broken = Boolean.TRUE.equals(open.pop());
        if (broken && members > 0) {
            newLine(g, open.size());
        }
        g.writeRaw(bracket);
    }

    private static void newLine(JsonGenerator g, int depth) throws IOException {
        g.writeRaw('\n');
        for (int i = 0; i < depth; i++) {
            g.writeRaw("  ");
        }
    }
}
