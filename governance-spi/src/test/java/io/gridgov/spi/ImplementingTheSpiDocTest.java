package io.gridgov.spi;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/implementing-the-spi.md shows a vendor's test verbatim; that test is compiled and run by this build
 * ({@code com.example.gridstore.VendorCaseStoreTest}), so the page's example always compiles and passes.
 */
@DisplayName("docs/implementing-the-spi.md")
class ImplementingTheSpiDocTest {
    static final Path DOC = Path.of("../docs/implementing-the-spi.md");
    static final Path EXAMPLE = Path.of("src/test/java/com/example/gridstore/VendorCaseStoreTest.java");

    @Test
    @DisplayName("shows the vendor's example test exactly as it is compiled and run")
    void exampleIsVerbatim() throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        String example = Files.readString(EXAMPLE, StandardCharsets.UTF_8);
        assertThat(doc).as("copy %s between the example markers of %s", EXAMPLE, DOC)
                .contains("<!-- example:begin -->\n```java\n" + example + "```\n<!-- example:end -->");
    }

    @Test
    @DisplayName("gives the test-jar's Maven coordinates")
    void coordinates() throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        assertThat(doc).contains("<artifactId>governance-spi</artifactId>", "<type>test-jar</type>",
                "<classifier>tests</classifier>", "io.gridgov:governance-spi:${gridgovVersion}:tests");
    }
}
