package io.gridgov.core.cases;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Test-only: renders a taxonomy as the Markdown table in {@code docs/taxonomy.md}, and finds that file.
 * The table sits between {@link #BEGIN} and {@link #END}; {@code CategoryTaxonomyTest} fails when it
 * differs from the preset and prints the table to paste.
 */
final class TaxonomyTable {
    static final String BEGIN = "<!-- BEGIN preset table: generated from CategoryTaxonomy.urbanAndSocial(); do not edit by hand -->";
    static final String END = "<!-- END preset table -->";

    private TaxonomyTable() {
    }

    /** The table: one row per category in pre-order, with its parent's code. */
    static String markdown(CategoryTaxonomy taxonomy) {
        StringBuilder sb = new StringBuilder("| Code | Parent | Name | English name |\n|---|---|---|---|\n");
        for (int i = 0; i < taxonomy.size(); i++) {
            Category c = taxonomy.category(i);
            int p = taxonomy.parentIndex(i);
            String code = p < 0 ? "**" + c.code() + "**" : taxonomy.depth(c.code()) == 1 ? "*" + c.code() + "*" : c.code();
            sb.append("| ").append(code)
                    .append(" | ").append(p < 0 ? "" : taxonomy.category(p).code())
                    .append(" | ").append(cell(c.name()))
                    .append(" | ").append(cell(c.englishName()))
                    .append(" |\n");
        }
        return sb.toString();
    }

    /** The text between the markers of a document, without the markers' lines. */
    static String between(String document) {
        int begin = document.indexOf(BEGIN);
        int end = document.indexOf(END);
        if (begin < 0 || end < begin) {
            throw new IllegalStateException("docs/taxonomy.md lacks the markers " + BEGIN + " ... " + END);
        }
        return document.substring(begin + BEGIN.length(), end).strip() + "\n";
    }

    /** {@code docs/taxonomy.md}, found by walking up from the working directory to the project root. */
    static Path docsFile() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("docs")) && Files.isDirectory(dir.resolve("governance-core"))) {
                return dir.resolve("docs").resolve("taxonomy.md");
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

    private static String cell(String text) {
        return text.replace("|", "\\|");
    }
}
