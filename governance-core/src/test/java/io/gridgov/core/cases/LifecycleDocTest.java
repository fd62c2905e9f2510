package io.gridgov.core.cases;

import io.gridgov.core.Docs;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("docs/lifecycle.md")
class LifecycleDocTest {
    static final String DIAGRAM_BEGIN = "<!-- BEGIN diagram: generated from CaseLifecycle.table().toMermaid(); do not edit by hand -->";
    static final String DIAGRAM_END = "<!-- END diagram -->";
    static final String TABLE_BEGIN = "<!-- BEGIN table: generated from CaseLifecycle.table().toMarkdown(); do not edit by hand -->";
    static final String TABLE_END = "<!-- END table -->";

    @Test
    @DisplayName("holds the transition table's Mermaid diagram")
    void diagram() {
        Docs.assertSection("lifecycle.md", DIAGRAM_BEGIN, DIAGRAM_END, "the diagram",
                "```mermaid\n" + CaseLifecycle.table().toMermaid() + "```\n");
    }

    @Test
    @DisplayName("holds the transition table, row by row")
    void table() {
        Docs.assertSection("lifecycle.md", TABLE_BEGIN, TABLE_END, "the table", CaseLifecycle.table().toMarkdown());
    }
}
