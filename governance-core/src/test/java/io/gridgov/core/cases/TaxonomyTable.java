package io.gridgov.core.cases;

import io.gridgov.core.Docs;

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
        return Docs.between(document, BEGIN, END, "docs/taxonomy.md");
    }

    /** {@code docs/taxonomy.md}. */
    static Path docsFile() {
        return Docs.file("taxonomy.md");
    }

    static String read(Path file) {
        return Docs.read(file);
    }

    private static String cell(String text) {
        return text.replace("|", "\\|");
    }
}
