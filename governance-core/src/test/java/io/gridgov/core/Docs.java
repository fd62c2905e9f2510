package io.gridgov.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Reads the project's documents, so tests of any package can keep generated sections of them honest. */
public final class Docs {
    private Docs() {
    }

    /** {@code docs/<name>}, found by walking up from the working directory to the project root. */
    public static Path file(String name) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("docs")) && Files.isDirectory(dir.resolve("governance-core"))) {
                return dir.resolve("docs").resolve(name);
            }
        }
        throw new IllegalStateException("no project root (a directory with docs/ and governance-core/) above "
                + Path.of("").toAbsolutePath());
    }

    public static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text between two marker lines of a document, without the markers, stripped, ending in a newline. */
    public static String between(String document, String begin, String end, String documentName) {
        int b = document.indexOf(begin);
        int e = document.indexOf(end);
        if (b < 0 || e < b) {
            throw new IllegalStateException(documentName + " lacks the markers " + begin + " ... " + end);
        }
        return document.substring(b + begin.length(), e).strip() + "\n";
    }

    /**
     * Asserts that a generated section of {@code docs/<name>} (between two marker lines) is
     * {@code expected}; on failure, the message holds what to paste between the markers.
     *
     * @param what what the section shows, for the message ("the diagram", "the table")
     */
    public static void assertSection(String name, String begin, String end, String what, String expected) {
        String document = read(file(name));
        assertThat(between(document, begin, end, "docs/" + name))
                .as("%s in docs/%s differs from the code; paste this between the markers:%n%s", what, name, expected)
                .isEqualTo(expected);
    }
}
