package io.gridgov.core.cases;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("docs/lifecycle.md")
class LifecycleDocTest {
    static final String DIAGRAM_BEGIN = "<!-- BEGIN diagram: generated from CaseLifecycle.table().toMermaid(); do not edit by hand -->";
    static final String DIAGRAM_END = "<!-- END diagram -->";
    static final String TABLE_BEGIN = "<!-- BEGIN table: generated from CaseLifecycle.table().toMarkdown(); do not edit by hand -->";
    static final String TABLE_END = "<!-- END table -->";

    private final String doc = Docs.read(Docs.file("lifecycle.md"));

    @Test
    @DisplayName("holds the transition table's Mermaid diagram")
    void diagram() {
        String expected = "```mermaid\n" + CaseLifecycle.table().toMermaid() + "```\n";
        assertThat(Docs.between(doc, DIAGRAM_BEGIN, DIAGRAM_END, "docs/lifecycle.md"))
                .as("the diagram in docs/lifecycle.md differs from the table; paste this between the markers:%n%s", expected)
                .isEqualTo(expected);
    }

    @Test
    @DisplayName("holds the transition table, row by row")
    void table() {
        String expected = CaseLifecycle.table().toMarkdown();
        assertThat(Docs.between(doc, TABLE_BEGIN, TABLE_END, "docs/lifecycle.md"))
                .as("the table in docs/lifecycle.md differs from the table; paste this between the markers:%n%s", expected)
                .isEqualTo(expected);
    }
}
