package io.gridgov.core.mediation;

import io.gridgov.core.Docs;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("docs/mediation.md")
class MediationDocTest {
    static final String DIAGRAM_BEGIN = "<!-- BEGIN diagram: generated from MediationLifecycle.table().toMermaid(); do not edit by hand -->";
    static final String DIAGRAM_END = "<!-- END diagram -->";
    static final String TABLE_BEGIN = "<!-- BEGIN table: generated from MediationLifecycle.table().toMarkdown(); do not edit by hand -->";
    static final String TABLE_END = "<!-- END table -->";

    private final String doc = Docs.read(Docs.file("mediation.md"));

    @Test
    @DisplayName("holds the transition table's Mermaid diagram")
    void diagram() {
        Docs.assertSection("mediation.md", DIAGRAM_BEGIN, DIAGRAM_END, "the diagram",
                "```mermaid\n" + MediationLifecycle.table().toMermaid() + "```\n");
    }

    @Test
    @DisplayName("holds the transition table, row by row")
    void table() {
        Docs.assertSection("mediation.md", TABLE_BEGIN, TABLE_END, "the table", MediationLifecycle.table().toMarkdown());
    }

    @Test
    @DisplayName("lists every state of the lifecycle")
    void states() {
        for (DisputeState s : DisputeState.values()) {
            assertThat(doc).as("docs/mediation.md's state table").contains("| " + s.name() + " |");
        }
    }
}
