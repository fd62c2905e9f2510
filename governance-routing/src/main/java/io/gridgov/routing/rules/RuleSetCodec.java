package io.gridgov.routing.rules;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.gridgov.core.Problem;
import io.gridgov.core.cases.CategoryTaxonomy;
import io.gridgov.core.grid.GridTree;

import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Reads and writes rule-set files: the JSON form of a {@link RuleSet}, format {@value #FORMAT}, described in
 * {@code docs/routing.md} and by the JSON Schema {@code docs/schemas/rule-set.schema.json}.
 *
 * <h2>Reading</h2>
 * A file is read against the grid tree, the taxonomy and the known organisations it is for (the same three
 * things {@link RuleSet#builder} takes), and checked as a whole: malformed JSON (with line and column), a
 * missing, unknown or mistyped member, an unknown enum name, a number out of range, then everything
 * {@link RuleSet.Builder#build()} checks (unknown codes, duplicates, conflicts, bad time limits, ladders
 * that go down, diversion chains that loop, ...). A file that is not a valid rule set is rejected with one
 * {@link RuleSetException} listing <em>every</em> problem, each with the JSON path of the value at fault
 * ({@code $.entries[12].area}), sorted by where its rule stands in the file.
 *
 * <h2>Writing</h2>
 * The writer produces one canonical text per rule set: members in a fixed order, defaults and empty
 * sections left out, cycles in the order of the scheme's levels, rules in the rule set's order, one rule
 * per line, {@code \n} line ends, UTF-8 for byte streams. Reading what was written gives a rule set with
 * equal rules; writing that again gives the same bytes.
 *
 * <h2>Jackson</h2>
 * The codec uses an {@link ObjectMapper} only to parse and to create generators; the layout is its own.
 * The host may pass its own mapper, which is not modified; otherwise the codec creates a private one.
 * Streams passed in are never closed. Thread-safe, provided the host does not reconfigure a mapper it
 * passed in. No I/O is done beyond the stream the caller hands over.
 */
public final class RuleSetCodec {
    /** The format identifier a rule-set file carries in its {@code "format"} member. */
    public static final String FORMAT = "gridgov.rules/1";

    private static final char BOM = '\uFEFF';

    private final ObjectMapper mapper;
    private final ObjectReader reader;

    /** Creates a codec with a private {@link ObjectMapper}. */
    public RuleSetCodec() {
        this(new ObjectMapper());
    }

    /**
     * Creates a codec on a host-supplied JSON mapper, which is not modified: the codec derives a reader that
     * rejects duplicate members, trailing content and {@code NaN}/{@code Infinity} (even if the mapper allows
     * them), reads decimals exactly and does not close streams. The mapper's reading limits (nesting depth,
     * number and string length) apply; a file beyond them is refused as a whole.
     *
     * @param mapper the host's mapper
     * @throws IllegalArgumentException if the mapper is not for JSON
     */
    public RuleSetCodec(ObjectMapper mapper) {
        this.mapper = Objects.requireNonNull(mapper, "mapper");
        if (!"JSON".equals(mapper.getFactory().getFormatName())) {
            throw new IllegalArgumentException("the mapper writes " + mapper.getFactory().getFormatName()
                    + ", not JSON; give the codec a JSON ObjectMapper (a rule-set file is JSON)");
        }
        this.reader = mapper.reader()
                .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .with(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .without(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                .without(StreamReadFeature.AUTO_CLOSE_SOURCE);
    }

    /**
     * Parses a rule-set file from its text.
     *
     * @param json               the text
     * @param tree               the grid tree every area code must be in
     * @param taxonomy           the taxonomy every category code must be in
     * @param knownOrganisations whether an organisation id is known; called only while reading
     * @return the rule set
     * @throws RuleSetException     ({@code GOV-050}) listing every problem with its JSON path
     * @throws NullPointerException if an argument is {@code null}
     */
    public RuleSet parse(String json, GridTree tree, CategoryTaxonomy taxonomy, Predicate<String> knownOrganisations) {
        Objects.requireNonNull(json, "json");
        String text = !json.isEmpty() && json.charAt(0) == BOM ? json.substring(1) : json;
        try {
            return read(() -> reader.readTree(text), tree, taxonomy, knownOrganisations);
        } catch (IOException e) {
            throw new UncheckedIOException("reading from a String cannot fail: " + e.getMessage(), e);
        }
    }

    /**
     * Reads a rule-set file from characters; a leading byte order mark is skipped. The reader is not closed.
     *
     * @param in                 the characters
     * @param tree               the grid tree every area code must be in
     * @param taxonomy           the taxonomy every category code must be in
     * @param knownOrganisations whether an organisation id is known
     * @return the rule set
     * @throws RuleSetException ({@code GOV-050}) listing every problem with its JSON path
     * @throws IOException      if the reader fails
     */
    public RuleSet read(Reader in, GridTree tree, CategoryTaxonomy taxonomy, Predicate<String> knownOrganisations)
            throws IOException {
        PushbackReader text = new PushbackReader(Objects.requireNonNull(in, "in"), 1);
        int first = text.read();
        if (first >= 0 && first != BOM) {
            text.unread(first);
        }
        return read(() -> reader.readTree(text), tree, taxonomy, knownOrganisations);
    }

    /**
     * Reads a rule-set file from bytes: UTF-8 (Jackson also detects UTF-16 and UTF-32). The stream is not
     * closed.
     *
     * @param in                 the bytes
     * @param tree               the grid tree every area code must be in
     * @param taxonomy           the taxonomy every category code must be in
     * @param knownOrganisations whether an organisation id is known
     * @return the rule set
     * @throws RuleSetException ({@code GOV-050}) listing every problem with its JSON path
     * @throws IOException      if the stream fails
     */
    public RuleSet read(InputStream in, GridTree tree, CategoryTaxonomy taxonomy, Predicate<String> knownOrganisations)
            throws IOException {
        Objects.requireNonNull(in, "in");
        return read(() -> reader.readTree(in), tree, taxonomy, knownOrganisations);
    }

    @FunctionalInterface
    private interface TreeSource {
        JsonNode read() throws IOException;
    }

    private static RuleSet read(TreeSource source, GridTree tree, CategoryTaxonomy taxonomy,
            Predicate<String> knownOrganisations) throws IOException {
        RuleSetReader ruleReader = new RuleSetReader(Objects.requireNonNull(tree, "tree"),
                Objects.requireNonNull(taxonomy, "taxonomy"),
                Objects.requireNonNull(knownOrganisations, "knownOrganisations"));
        JsonNode root;
        try {
            root = source.read();
        } catch (JsonProcessingException e) {
            throw RuleSetReader.malformed(e);
        } catch (CharConversionException e) {
            throw new RuleSetException("(no id)", List.of(new Problem(RuleSetReader.ROOT, "the bytes are not"
                    + " UTF-8, UTF-16 or UTF-32 text (" + RuleSetReader.excerpt(String.valueOf(e.getMessage()))
                    + "); save the file as UTF-8")));
        }
        return ruleReader.read(root);
    }

    /**
     * Writes a rule set as UTF-8 in the canonical form. The stream is flushed, not closed.
     *
     * @param rules the rule set
     * @param out   where to write
     * @throws IOException if the stream fails
     */
    public void write(RuleSet rules, OutputStream out) throws IOException {
        Objects.requireNonNull(rules, "rules");
        try (JsonGenerator gen = mapper.createGenerator(Objects.requireNonNull(out, "out"), JsonEncoding.UTF8)) {
            RuleSetWriter.write(rules, gen);
        }
    }

    /**
     * Writes a rule set as characters in the canonical form. The writer is flushed, not closed.
     *
     * @param rules the rule set
     * @param out   where to write
     * @throws IOException if the writer fails
     */
    public void write(RuleSet rules, Writer out) throws IOException {
        Objects.requireNonNull(rules, "rules");
        try (JsonGenerator gen = mapper.createGenerator(Objects.requireNonNull(out, "out"))) {
            RuleSetWriter.write(rules, gen);
        }
    }

    /**
     * The canonical text of a rule set, as {@link #write(RuleSet, Writer)} writes it.
     *
     * @param rules the rule set
     * @return the JSON text, ending in a line break
     */
    public String toJson(RuleSet rules) {
        StringWriter out = new StringWriter();
        try {
            write(rules, out);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a string failed", e);
        }
        return out.toString();
    }

    /** Renders as {@code RuleSetCodec[gridgov.rules/1]}. */
    @Override
    public String toString() {
        return "RuleSetCodec[" + FORMAT + "]";
    }
}
