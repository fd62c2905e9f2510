package io.gridgov.spi.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.gridgov.core.ErrorCode;
import io.gridgov.core.InvalidInputException;

import java.io.CharConversionException;
import java.io.PushbackReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Objects;

/**
 * Reads and writes {@linkplain GridFile grid files}: the JSON form of a grid tree, its level scheme,
 * its staff and custom networks. The format, {@value #FORMAT}, is described in
 * {@code docs/grid-file.md} and by the JSON Schema {@code docs/schemas/grid-file.schema.json}.
 *
 * <h2>Reading</h2>
 * A file that cannot be turned into a {@link GridFile} is rejected with a single
 * {@link InvalidInputException} ({@link ErrorCode#INVALID_DATA_FILE}) that lists every problem
 * found, each with the JSON path of the value at fault ({@code $.areas[12].parent}) and a message
 * saying what is wrong and how to fix it: malformed JSON (with line and column), a value of the wrong
 * type, a missing or unknown member, an unknown level, grid kind, role or network, an area whose code
 * does not fit its level, areas that do not form a tree, staff assigned to areas that do not exist.
 * Problems are collected across the whole file; the tree is built only when every area could be read.
 *
 * <h2>Writing</h2>
 * The writer produces one canonical text for a grid file: members in a fixed order, members that
 * hold their default omitted, areas in the tree's pre-order, one area or assignment per line, a
 * standard network's order, {@code \n} line ends, UTF-8 for byte streams. Writing the same grid file
 * twice gives the same bytes, and reading what was written gives an {@linkplain GridFile#equals equal}
 * grid file.
 *
 * <h2>Jackson</h2>
 * The codec uses an {@link ObjectMapper} only to parse and to create generators; the layout of the
 * output is the codec's own, whatever the mapper's serialization settings. The host may pass its own
 * mapper (its stream features, such as escaping non-ASCII characters or allowing comments, then
 * apply); otherwise the codec creates a private one. Nothing is registered on the mapper and it is
 * not shared.
 *
 * <p>The codec never closes a stream passed to it. A file holds exactly one JSON value; content after
 * it is reported as a problem. Thread-safe: one codec may be used by many threads at once, provided
 * the host does not reconfigure a mapper it passed in.
 */
public final class GridFileCodec {
    /** The format identifier a grid file carries in its {@code "format"} member. */
    public static final String FORMAT = "gridgov.grid/1";

    /** A byte order mark, which editors on Windows put at the start of a text file. */
    private static final char BOM = '\uFEFF';

    private final ObjectMapper mapper;
    private final ObjectReader reader;

    /** Creates a codec with a private {@link ObjectMapper}. */
    public GridFileCodec() {
        this(new ObjectMapper());
    }

    /**
     * Creates a codec on a host-supplied mapper. The mapper is not modified; the codec derives a
     * reader from it that rejects duplicate member names and trailing content and does not close the
     * streams it reads.
     *
     * @param mapper the host's mapper
     */
    public GridFileCodec(ObjectMapper mapper) {
        this.mapper = Objects.requireNonNull(mapper, "mapper");
        if (!"JSON".equals(mapper.getFactory().getFormatName())) {
            throw new IllegalArgumentException("the mapper writes " + mapper.getFactory().getFormatName()
                    + ", not JSON; give the codec a JSON ObjectMapper (a grid file is JSON)");
        }
        this.reader = mapper.reader()
                .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .with(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .without(StreamReadFeature.AUTO_CLOSE_SOURCE);
    }

    /**
     * Reads a grid file from bytes: UTF-8 (Jackson also detects UTF-16 and UTF-32). The stream is not
     * closed.
     *
     * @param in the bytes
     * @return the grid file
     * @throws InvalidInputException ({@link ErrorCode#INVALID_DATA_FILE}) listing every problem
     * @throws IOException           if the stream fails
     */
    public GridFile read(InputStream in) throws IOException {
        Objects.requireNonNull(in, "in");
        return readTree(() -> reader.readTree(in));
    }

    /**
     * Reads a grid file from characters. The reader is not closed.
     *
     * @param in the characters
     * @return the grid file
     * @throws InvalidInputException ({@link ErrorCode#INVALID_DATA_FILE}) listing every problem
     * @throws IOException           if the reader fails
     */
    public GridFile read(Reader in) throws IOException {
        Objects.requireNonNull(in, "in");
        PushbackReader text = new PushbackReader(in, 1);
        int first = text.read();
        if (first >= 0 && first != BOM) {
            text.unread(first);
        }
        return readTree(() -> reader.readTree(text));
    }

    /**
     * Parses a grid file from its text.
     *
     * @param json the text
     * @return the grid file
     * @throws InvalidInputException ({@link ErrorCode#INVALID_DATA_FILE}) listing every problem
     */
    public GridFile parse(String json) {
        Objects.requireNonNull(json, "json");
        try {
            String text = !json.isEmpty() && json.charAt(0) == BOM ? json.substring(1) : json;
            return readTree(() -> reader.readTree(text));
        } catch (IOException e) {
            throw new UncheckedIOException("reading from a String cannot fail: " + e.getMessage(), e);
        }
    }

    /** One way of reading the JSON tree; the three read methods differ only in it. */
    @FunctionalInterface
    private interface TreeSource {
        JsonNode read() throws IOException;
    }

    private static GridFile readTree(TreeSource source) throws IOException {
        JsonNode root;
        try {
            root = source.read();
        } catch (JsonProcessingException e) {
            throw GridFileReader.malformed(e);
        } catch (CharConversionException e) {
            throw GridFileReader.undecodable(e); // bad content, not a failing stream
        }
        return new GridFileReader().read(root);
    }

    /**
     * Writes a grid file as UTF-8. The stream is flushed, not closed.
     *
     * @param file the grid file
     * @param out  where to write
     * @throws IOException if the stream fails
     */
    public void write(GridFile file, OutputStream out) throws IOException {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(out, "out");
        try (JsonGenerator gen = mapper.createGenerator(out, JsonEncoding.UTF8)) {
            GridFileWriter.write(file, gen);
        }
    }

    /**
     * Writes a grid file as characters. The writer is flushed, not closed.
     *
     * @param file the grid file
     * @param out  where to write
     * @throws IOException if the writer fails
     */
    public void write(GridFile file, Writer out) throws IOException {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(out, "out");
        try (JsonGenerator gen = mapper.createGenerator(out)) {
            GridFileWriter.write(file, gen);
        }
    }

    /**
     * The text of a grid file, as {@link #write(GridFile, Writer)} writes it.
     *
     * @param file the grid file
     * @return the JSON text, ending in a line break
     */
    public String toJson(GridFile file) {
        StringWriter out = new StringWriter();
        try {
            write(file, out);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a string failed", e); // a StringWriter does not fail
        }
        return out.toString();
    }

    /** Renders as {@code GridFileCodec[gridgov.grid/1]}. */
    @Override
    public String toString() {
        return "GridFileCodec[" + FORMAT + "]";
    }
}
