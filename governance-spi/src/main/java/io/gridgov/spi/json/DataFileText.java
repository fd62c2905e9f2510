package io.gridgov.spi.json;

import static io.gridgov.spi.json.JsonPaths.ROOT;
import static io.gridgov.spi.json.JsonPaths.excerpt;
import static io.gridgov.spi.json.JsonPaths.member;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.gridgov.core.ErrorCode;
import io.gridgov.core.InvalidInputException;
import io.gridgov.core.Problem;

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
 * The text side of one data-file format: turns bytes or characters into the format's value and back,
 * leaving the JSON form itself to a {@link Form}. What every format shares lives here: a private or
 * host-supplied mapper, a byte order mark skipped, malformed JSON reported with line, column and path,
 * duplicate members and trailing content refused, the {@code "format"} member checked, the canonical
 * layout ({@link LinePrinter}, {@code \n}, UTF-8) whatever the mapper's settings. Immutable and
 * thread-safe if the form is.
 *
 * @param <T> the value a file holds
 */
final class DataFileText<T> {
    /** A byte order mark, which editors on Windows put at the start of a text file. */
    private static final char BOM = '\uFEFF';

    /**
     * The JSON form of a format's value: the members of its top-level object besides {@code "format"}.
     *
     * @param <T> the value
     */
    interface Form<T> {
        /** The format identifier, e.g. {@code gridgov.taxonomy/1}. */
        String format();

        /** What a file is, for messages: {@code "a taxonomy file"}. */
        String what();

        /** The names of the top-level members, {@code "format"} first. */
        List<String> members();

        /** A short picture of a file for messages: {@code {"format": ..., "id": ..., "categories": [...]}}. */
        String shape();

        /**
         * Reads the value from the top-level object, whose unknown members and {@code "format"} are
         * already checked; returns {@code null} (with problems recorded) if it cannot.
         */
        T read(JsonInput in, JsonInput.Obj top);

        /** Writes the value's members after {@code "format"}, inside the top-level object. */
        void writeMembers(T value, JsonGenerator gen, LinePrinter layout) throws IOException;
    }

    private final ObjectMapper mapper;
    private final ObjectReader reader;
    private final Form<T> form;

    DataFileText(ObjectMapper mapper, Form<T> form) {
        this.mapper = Objects.requireNonNull(mapper, "mapper");
        this.form = form;
        if (!"JSON".equals(mapper.getFactory().getFormatName())) {
            throw new IllegalArgumentException("the mapper writes " + mapper.getFactory().getFormatName()
                    + ", not JSON; give the codec a JSON ObjectMapper (" + form.what() + " is JSON)");
        }
        this.reader = mapper.reader()
                .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .with(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .without(StreamReadFeature.AUTO_CLOSE_SOURCE);
    }

    // ------------------------------------------------------------------ reading

    T read(InputStream in) throws IOException {
        Objects.requireNonNull(in, "in");
        return readTree(() -> reader.readTree(in));
    }

    T read(Reader in) throws IOException {
        Objects.requireNonNull(in, "in");
        PushbackReader text = new PushbackReader(in, 1);
        int first = text.read();
        if (first >= 0 && first != BOM) {
            text.unread(first);
        }
        return readTree(() -> reader.readTree(text));
    }

    T parse(String json) {
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

    private T readTree(TreeSource source) throws IOException {
        JsonNode root;
        try {
            root = source.read();
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(ErrorCode.INVALID_DATA_FILE, summary(form),
                    List.of(malformed(e)));
        } catch (CharConversionException e) {
            throw new InvalidInputException(ErrorCode.INVALID_DATA_FILE, summary(form), List.of(undecodable(e)));
        }
        return readValue(root, ROOT, form);
    }

    /** The summary line of a format's exception. */
    static String summary(Form<?> form) {
        return form.what() + " is invalid (format " + form.format() + ")";
    }

    /**
     * Reads a format's value from its JSON tree at a path; the entry point of the codecs and of the
     * Jackson deserializers.
     *
     * @throws InvalidInputException listing every problem, paths starting at {@code path}
     */
    static <T> T readValue(JsonNode root, String path, Form<T> form) {
        JsonInput in = new JsonInput();
        if (root == null || root.isMissingNode()) {
            in.problem(path, "the file is empty; " + form.what() + " is a JSON object such as " + form.shape());
            throw in.failure(summary(form));
        }
        JsonInput.Obj top = in.object(root, path, form.what(), form.shape(), form.members());
        if (top == null) {
            throw in.failure(summary(form));
        }
        String format = top.string("format", true, "start the file with \"format\": \"" + form.format() + "\"");
        if (format != null && !format.equals(form.format())) {
            String family = form.format().substring(0, form.format().indexOf('/') + 1);
            in.problem(member(path, "format"), "format '" + excerpt(format) + "' is not supported; this version reads '"
                    + form.format() + "'" + (format.startsWith(family)
                    ? " only: convert the file, or read it with the gridgov version that wrote it"
                    : "; is this " + form.what() + "?"));
        }
        T value = form.read(in, top);
        if (!in.clean() || value == null) {
            throw in.failure(summary(form));
        }
        return value;
    }

    /** The problem for text that is not JSON, with the line, column and (as far as known) path. */
    private Problem malformed(JsonProcessingException e) {
        return malformed(e, form.what(), where -> false);
    }

    /**
     * The problem for text that is not JSON, with the line, column and (as far as known) path; shared by
     * every file format.
     *
     * @param what       what a file is, for messages: {@code "a grid file"}
     * @param personalAt whether the value at a path may be personal data, so Jackson's text (which may
     *                   quote it) is not repeated
     */
    static Problem malformed(JsonProcessingException e, String what, Predicate<String> personalAt) {
        String where = ROOT;
        if (e.getProcessor() instanceof JsonParser p) {
            where = JsonPaths.of(p);
        }
        JsonLocation loc = e.getLocation();
        String at = loc == null || loc.getLineNr() < 1 ? "" : " at line " + loc.getLineNr() + ", column " + loc.getColumnNr();
        String original = String.valueOf(e.getOriginalMessage());
        String firstLine = personalAt.test(where) ? "an unquoted or broken value"
                : excerpt(original.lines().findFirst().orElse(original));
        String fix;
        if (e instanceof StreamConstraintsException) {
            fix = "the file exceeds a parser limit (nesting depth, or the length of a number or string);"
                    + " " + what + " needs neither, so check the structure there";
        } else if (firstLine.startsWith("Duplicate field")) {
            fix = "a member may appear only once in an object; remove or rename one of them";
        } else if (firstLine.startsWith("Trailing token")) {
            fix = what + " holds exactly one JSON object; remove what follows its closing brace";
        } else {
            fix = "fix the syntax there (often a missing comma, quote or bracket just before that point)";
        }
        return new Problem(where, "malformed JSON" + at + ": " + firstLine + "; " + fix);
    }

    /** The problem for bytes that are not text in a Unicode encoding Jackson knows; shared by every file format. */
    static Problem undecodable(CharConversionException e) {
        return new Problem(ROOT, "the bytes are not valid UTF-8, UTF-16 or UTF-32 text ("
                + excerpt(String.valueOf(e.getMessage())) + "); save the file as UTF-8");
    }

    // ------------------------------------------------------------------ writing

    void write(T value, OutputStream out) throws IOException {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(out, "out");
        try (JsonGenerator gen = mapper.createGenerator(out, JsonEncoding.UTF8)) {
            writeFile(value, gen);
        }
    }

    void write(T value, Writer out) throws IOException {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(out, "out");
        try (JsonGenerator gen = mapper.createGenerator(out)) {
            writeFile(value, gen);
        }
    }

    String toJson(T value) {
        StringWriter out = new StringWriter();
        try {
            write(value, out);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a string failed", e); // a StringWriter does not fail
        }
        return out.toString();
    }

    /** The canonical text: the codec's own layout whatever the host mapper's settings, then a line break. */
    private void writeFile(T value, JsonGenerator gen) throws IOException {
        gen.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        gen.disable(JsonGenerator.Feature.AUTO_CLOSE_JSON_CONTENT);
        gen.enable(JsonWriteFeature.QUOTE_FIELD_NAMES.mappedFeature());
        gen.disable(JsonWriteFeature.WRITE_NUMBERS_AS_STRINGS.mappedFeature());
        gen.disable(JsonWriteFeature.ESCAPE_NON_ASCII.mappedFeature());
        LinePrinter layout = new LinePrinter();
        gen.setPrettyPrinter(layout);
        writeValue(value, gen, layout, form);
        gen.writeRaw('\n');
        gen.flush();
    }

    /**
     * Writes a format's value as one JSON object, {@code "format"} first; the entry point of the codecs
     * and of the Jackson serializers (which pass a layout that is not installed, so the host's pretty
     * printer, if any, decides).
     */
    static <T> void writeValue(T value, JsonGenerator gen, LinePrinter layout, Form<T> form) throws IOException {
        layout.breakNext();
        gen.writeStartObject();
        gen.writeStringField("format", form.format());
        form.writeMembers(value, gen, layout);
        gen.writeEndObject();
    }
}
