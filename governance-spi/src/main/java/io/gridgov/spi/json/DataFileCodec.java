package io.gridgov.spi.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.gridgov.core.ErrorCode;
import io.gridgov.core.InvalidInputException;
import io.gridgov.core.cases.CategoryTaxonomy;
import io.gridgov.core.grid.LevelScheme;
import io.gridgov.core.time.WorkCalendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Reads and writes the data files a host writes by hand or keeps as configuration, one codec per
 * format:
 * <table>
 * <caption>Data-file formats</caption>
 * <tr><th>factory</th><th>format</th><th>value</th><th>described in</th></tr>
 * <tr><td>{@link #taxonomy()}</td><td>{@value #TAXONOMY}</td><td>{@link CategoryTaxonomy}</td>
 *     <td>{@code docs/taxonomy.md}, {@code docs/schemas/taxonomy.schema.json}</td></tr>
 * <tr><td>{@link #calendar()}</td><td>{@value #CALENDAR}</td><td>{@link WorkCalendar}</td>
 *     <td>{@code docs/time.md}, {@code docs/schemas/calendar.schema.json}</td></tr>
 * <tr><td>{@link #timeLimits()}</td><td>{@value #TIME_LIMITS}</td><td>{@link TimeLimitsFile}</td>
 *     <td>{@code docs/time.md}, {@code docs/schemas/time-limits.schema.json}</td></tr>
 * </table>
 * (Grid files have their own codec, {@link GridFileCodec}.)
 *
 * <pre>{@code
 * CategoryTaxonomy taxonomy = DataFileCodec.taxonomy().read(in);   // InvalidInputException lists every problem
 * WorkCalendar calendar = DataFileCodec.calendar().read(in2);
 * TimeLimitsFile limits = DataFileCodec.timeLimits(List.of(taxonomy), List.of()).read(in3);
 * DataFileCodec.calendar().write(calendar, out);                  // canonical, byte-stable
 * }</pre>
 *
 * <h2>Reading</h2>
 * A file that cannot be turned into its value is rejected with one {@link InvalidInputException}
 * ({@link ErrorCode#INVALID_DATA_FILE}) listing every problem found, each at the JSON path of the value
 * at fault ({@code $.categories[12].parent}, {@code $.years[0].holidays[3]}) with a message that says
 * what is wrong and how to fix it: malformed JSON (with line and column), a missing, unknown or
 * mistyped member, a {@code "format"} other than the codec's, and every rule of the value itself,
 * checked by the core type's own validation. A file holds exactly one JSON object; a byte order mark
 * is skipped; duplicate member names are refused. Messages repeat at most 40 characters of a value.
 *
 * <h2>Writing</h2>
 * One canonical text per value: members in a fixed order, optional members left out when absent,
 * lists in a fixed order, short objects on one line, {@code \n} line ends, UTF-8 for byte streams.
 * Writing a value twice gives the same bytes, and reading what was written gives an equal value.
 *
 * <h2>Jackson</h2>
 * The codec uses an {@link ObjectMapper} only to parse and to create generators; the layout of the
 * output is the codec's own. The host may pass its own mapper ({@link #withMapper}); otherwise the codec
 * makes a private one. Nothing is registered on it. Streams passed in are never closed.
 *
 * <p>Immutable and thread-safe, provided the host does not reconfigure a mapper it passed in.
 *
 * @param <T> the value a file holds
 */
public final class DataFileCodec<T> {
    /** The format of a taxonomy file. */
    public static final String TAXONOMY = TaxonomyForm.FORMAT;
    /** The format of a calendar file. */
    public static final String CALENDAR = CalendarForm.FORMAT;
    /** The format of a time-limits file. */
    public static final String TIME_LIMITS = TimeLimitsForm.FORMAT;

    private final DataFileText.Form<T> form;
    private final DataFileText<T> text;

    private DataFileCodec(DataFileText.Form<T> form, ObjectMapper mapper) {
        this.form = form;
        this.text = new DataFileText<>(mapper, form);
    }

    /**
     * The codec of taxonomy files ({@value #TAXONOMY}).
     *
     * @return a codec with a private mapper
     */
    public static DataFileCodec<CategoryTaxonomy> taxonomy() {
        return new DataFileCodec<>(TaxonomyForm.INSTANCE, new ObjectMapper());
    }

    /**
     * The codec of calendar files ({@value #CALENDAR}).
     *
     * @return a codec with a private mapper
     */
    public static DataFileCodec<WorkCalendar> calendar() {
        return new DataFileCodec<>(CalendarForm.INSTANCE, new ObjectMapper());
    }

    /**
     * The codec of time-limits files ({@value #TIME_LIMITS}) that knows the preset taxonomy
     * ({@link CategoryTaxonomy#urbanAndSocial()}) and the preset level schemes ({@link LevelScheme#presets()}):
     * a file's case policy may name only these.
     *
     * @return a codec with a private mapper
     */
    public static DataFileCodec<TimeLimitsFile> timeLimits() {
        return timeLimits(List.of(), List.of());
    }

    /**
     * The codec of time-limits files ({@value #TIME_LIMITS}) that knows the presets and the host's own
     * taxonomies and schemes; a file's case policy names its taxonomy by {@linkplain CategoryTaxonomy#id()
     * id} and its scheme by {@linkplain LevelScheme#key() key}. One given here replaces a preset of the
     * same id or key.
     *
     * @param taxonomies the host's taxonomies
     * @param schemes    the host's level schemes
     * @return a codec with a private mapper
     */
    public static DataFileCodec<TimeLimitsFile> timeLimits(Collection<CategoryTaxonomy> taxonomies,
            Collection<LevelScheme> schemes) {
        TimeLimitsForm.References refs = TimeLimitsForm.References.presets()
                .with(List.copyOf(taxonomies), List.copyOf(schemes));
        return new DataFileCodec<>(new TimeLimitsForm(refs), new ObjectMapper());
    }

    /**
     * This codec on a host-supplied JSON mapper, which it does not modify: its stream features (such as
     * escaping non-ASCII characters, or allowing comments) then apply.
     *
     * @param mapper the host's mapper
     * @return a codec for the same format
     * @throws IllegalArgumentException if the mapper does not write JSON
     */
    public DataFileCodec<T> withMapper(ObjectMapper mapper) {
        return new DataFileCodec<>(form, Objects.requireNonNull(mapper, "mapper"));
    }

    /** The format this codec reads and writes, e.g. {@value #TAXONOMY}. */
    public String format() {
        return form.format();
    }

    /**
     * Reads a file from bytes (UTF-8; UTF-16 and UTF-32 are detected). The stream is not closed.
     *
     * @param in the bytes
     * @return the value
     * @throws InvalidInputException ({@link ErrorCode#INVALID_DATA_FILE}) listing every problem
     * @throws IOException           if the stream fails
     */
    public T read(InputStream in) throws IOException {
        return text.read(in);
    }

    /**
     * Reads a file from characters. The reader is not closed.
     *
     * @param in the characters
     * @return the value
     * @throws InvalidInputException ({@link ErrorCode#INVALID_DATA_FILE}) listing every problem
     * @throws IOException           if the reader fails
     */
    public T read(Reader in) throws IOException {
        return text.read(in);
    }

    /**
     * Parses a file from its text.
     *
     * @param json the text
     * @return the value
     * @throws InvalidInputException ({@link ErrorCode#INVALID_DATA_FILE}) listing every problem
     */
    public T parse(String json) {
        return text.parse(json);
    }

    /**
     * Writes a value as UTF-8. The stream is flushed, not closed.
     *
     * @param value the value
     * @param out   where to write
     * @throws IOException if the stream fails
     */
    public void write(T value, OutputStream out) throws IOException {
        text.write(value, out);
    }

    /**
     * Writes a value as characters. The writer is flushed, not closed.
     *
     * @param value the value
     * @param out   where to write
     * @throws IOException if the writer fails
     */
    public void write(T value, Writer out) throws IOException {
        text.write(value, out);
    }

    /**
     * The text of a file, as {@link #write(Object, Writer)} writes it.
     *
     * @param value the value
     * @return the JSON text, ending in a line break
     */
    public String toJson(T value) {
        return text.toJson(value);
    }

    /** Renders as {@code DataFileCodec[gridgov.taxonomy/1]}. */
    @Override
    public String toString() {
        return "DataFileCodec[" + form.format() + "]";
    }
}
