package io.gridgov.core.cases;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads the project's documents, so tests can keep generated sections of them honest. */
final class Docs {
    private Docs() {
    }

    /** {@code docs/<name>}, found by walking up from the working directory to the project root. */
    static Path file(String name) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("docs")) && Files.isDirectory(dir.resolve("governance-core"))) {
                return dir.resolve("docs").resolve(name);
            }
        }
        throw new IllegalStateException("no project root (a directory with docs/ and governance-core/) above "
                + Path.of("").toAbsolutePath());
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text between two marker lines of a document, without the markers, stripped, ending in a newline. */
    static String between(String document, String begin, String end, String documentName) {
        int b = document.indexOf(begin);
        int e = document.indexOf(end);
        if (b < 0 || e < b) {
            throw new IllegalStateException(documentName + " lacks the markers " + begin + " ... " + end);
        }
        return document.substring(b + begin.length(), e).strip() + "\n";
    }
}
