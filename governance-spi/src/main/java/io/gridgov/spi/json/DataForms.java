package io.gridgov.spi.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.gridgov.core.cases.CategoryTaxonomy;
import io.gridgov.core.cases.TimeLimitPolicy;
import io.gridgov.core.grid.LevelScheme;
import io.gridgov.core.mediation.MediationLimit;
import io.gridgov.core.mediation.MediationTimeLimits;
import io.gridgov.core.time.HolidaySchedule;
import io.gridgov.core.time.TimeLimit;
import io.gridgov.core.time.WorkCalendar;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The Jackson (de)serializers of the data-file types, for the module that gives every domain type its
 * JSON form: {@link #register(SimpleModule)} adds them.
 *
 * <p>Each type has the form its file gives it, so a host may read a file with its own mapper too:
 * <ul>
 * <li>{@link CategoryTaxonomy}, {@link WorkCalendar} and {@link TimeLimitsFile}: a whole file, with its
 *     {@code "format"} member;</li>
 * <li>{@link HolidaySchedule}: one element of a calendar's {@code "years"};</li>
 * <li>{@link TimeLimit}: {@code {"amount", "unit"}}; {@link MediationLimit}: {@code {"limit", "start",
 *     "extendable", "expiry"}};</li>
 * <li>{@link TimeLimitPolicy} and {@link MediationTimeLimits}: the {@code "cases"} and {@code "mediation"}
 *     sections of a time-limits file.</li>
 * </ul>
 * A value that breaks a rule is refused with the codec's {@link io.gridgov.core.InvalidInputException},
 * every problem at its JSON path in the document being read (Jackson may wrap it in a
 * {@code JsonMappingException} when the value sits inside a bean). The layout of the output is the host
 * mapper's (its pretty printer, if any), not the codec's canonical one.
 *
 * <p>A case policy names its taxonomy and level scheme; reading one resolves them among the presets and
 * among the values the host puts in the reader's attributes under the keys {@code CategoryTaxonomy.class}
 * and {@code LevelScheme.class} (a single value or a collection of them):
 * {@code mapper.readerFor(TimeLimitsFile.class).withAttribute(CategoryTaxonomy.class, taxonomy)}.
 */
final class DataForms {
    private DataForms() {
    }

    /**
     * Adds the serializers and deserializers of the data-file types to a module.
     *
     * @param module the module
     */
    static void register(SimpleModule module) {
        whole(module, CategoryTaxonomy.class, TaxonomyForm.INSTANCE, ctxt -> TaxonomyForm.INSTANCE);
        whole(module, WorkCalendar.class, CalendarForm.INSTANCE, ctxt -> CalendarForm.INSTANCE);
        whole(module, TimeLimitsFile.class, new TimeLimitsForm(TimeLimitsForm.References.presets()),
                ctxt -> new TimeLimitsForm(references(ctxt)));
        part(module, HolidaySchedule.class, CalendarForm::readSchedule, CalendarForm::writeSchedule);
        part(module, TimeLimit.class, TimeLimitsForm::readLimit, (v, gen, layout) -> TimeLimitsForm.writeLimit(v, gen));
        part(module, MediationLimit.class, TimeLimitsForm::readMediationLimit,
                (v, gen, layout) -> TimeLimitsForm.writeMediationLimit(v, gen));
        part(module, MediationTimeLimits.class, TimeLimitsForm::readMediation, TimeLimitsForm::writeMediation);
        module.addSerializer(TimeLimitPolicy.class, new Serializer<>(TimeLimitPolicy.class, TimeLimitsForm::writeCases));
        module.addDeserializer(TimeLimitPolicy.class, new Deserializer<>(TimeLimitPolicy.class,
                ctxt -> (in, node, path) -> TimeLimitsForm.readCases(in, node, path, references(ctxt))));
    }

    /** The references a reader's attributes add to the presets. */
    private static TimeLimitsForm.References references(DeserializationContext ctxt) {
        return TimeLimitsForm.References.presets().with(attribute(ctxt, CategoryTaxonomy.class),
                attribute(ctxt, LevelScheme.class));
    }

    private static <T> List<T> attribute(DeserializationContext ctxt, Class<T> type) {
        Object a = ctxt.getAttribute(type);
        if (a == null) {
            return List.of();
        }
        if (type.isInstance(a)) {
            return List.of(type.cast(a));
        }
        if (a instanceof Iterable<?> many) {
            List<Object> all = new ArrayList<>();
            many.forEach(all::add);
            if (all.stream().allMatch(type::isInstance)) {
                return all.stream().map(type::cast).toList();
            }
        }
        throw new IllegalArgumentException("the reader attribute " + type.getSimpleName() + ".class holds a "
                + a.getClass().getName() + "; put a " + type.getSimpleName() + " or a collection of them there");
    }

    /** A type whose form is a whole file: the writer's form, and the reader's for a context. */
    private static <T> void whole(SimpleModule module, Class<T> type, DataFileText.Form<T> writing,
            Function<DeserializationContext, DataFileText.Form<T>> reading) {
        module.addSerializer(type, new Serializer<>(type, (v, gen, layout) ->
                DataFileText.writeValue(v, gen, layout, writing)));
        module.addDeserializer(type, new Deserializer<>(type, ctxt -> {
            DataFileText.Form<T> f = reading.apply(ctxt);
            return (in, node, path) -> DataFileText.readValue(node, path, f);
        }));
    }

    private static <T> void part(SimpleModule module, Class<T> type, PartReader<T> reader, PartWriter<T> writer) {
        module.addSerializer(type, new Serializer<>(type, writer));
        module.addDeserializer(type, new Deserializer<>(type, ctxt -> reader));
    }

    /** Reads a value at a path, recording problems; null if there were any. */
    @FunctionalInterface
    interface PartReader<T> {
        T read(JsonInput in, JsonNode node, String path);
    }

    /** Writes a value as one JSON value. */
    @FunctionalInterface
    interface PartWriter<T> {
        void write(T value, JsonGenerator gen, LinePrinter layout) throws IOException;
    }

    private static final class Serializer<T> extends StdSerializer<T> {
        private static final long serialVersionUID = 1L;
        @SuppressWarnings("serial") // a lambda of this class; the serializer is never serialized
        private final PartWriter<T> writer;

        Serializer(Class<T> type, PartWriter<T> writer) {
            super(type);
            this.writer = writer;
        }

        @Override
        public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            // a layout that is not installed: its line breaks are ignored and the host's printer decides
            writer.write(value, gen, new LinePrinter());
        }
    }

    private static final class Deserializer<T> extends StdDeserializer<T> {
        private static final long serialVersionUID = 1L;
        @SuppressWarnings("serial") // a lambda of this class; the deserializer is never serialized
        private final Function<DeserializationContext, PartReader<T>> reader;

        Deserializer(Class<T> type, Function<DeserializationContext, PartReader<T>> reader) {
            super(type);
            this.reader = reader;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String path = JsonPaths.of(p);
            JsonNode node = p.readValueAsTree();
            JsonInput in = new JsonInput();
            T value = reader.apply(ctxt).read(in, node, path);
            if (!in.clean() || value == null) {
                throw in.failure("the JSON form of " + handledType().getSimpleName() + " at " + path + " is invalid");
            }
            return value;
        }
    }
}
