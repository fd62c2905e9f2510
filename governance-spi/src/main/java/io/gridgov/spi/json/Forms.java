package io.gridgov.spi.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.module.SimpleSerializers;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.gridgov.core.ErrorCode;
import io.gridgov.core.InvalidInputException;
import io.gridgov.core.Problem;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The registry of JSON forms the module installs: hand-written forms for the types that need them, and
 * forms derived once, when the module is set up, for records (an object with one field per component, in
 * component order), enums (the constant's name), lists and sets (arrays; sets sorted), maps keyed by an
 * enum (objects in the enum's order), records of a single string (the string), and the JSON scalars. The
 * derived forms are pinned by the golden files: a renamed component changes the form, and a test fails.
 * Not thread-safe while it is filled; read-only afterwards.
 */
final class Forms {
    private final Map<Type, Form<?>> forms = new HashMap<>();
    private final Map<Class<?>, Form<?>> registered = new LinkedHashMap<>();

    Forms() {
        scalar(String.class, Scalar.of("a string", JsonNode::isTextual, JsonNode::textValue, (v, g) -> g.writeString(v)));
        scalar(boolean.class, Scalar.of("true or false", JsonNode::isBoolean, JsonNode::booleanValue,
                (v, g) -> g.writeBoolean(v)));
        scalar(int.class, Scalar.of("an integer", n -> n.isIntegralNumber() && n.canConvertToInt(), JsonNode::intValue,
                (v, g) -> g.writeNumber(v)));
        scalar(long.class, Scalar.of("an integer", n -> n.isIntegralNumber() && n.canConvertToLong(), JsonNode::longValue,
                (v, g) -> g.writeNumber(v)));
        scalar(double.class, Scalar.of("a number", JsonNode::isNumber, JsonNode::doubleValue, (v, g) -> g.writeNumber(v)));
        scalar(Instant.class, parsed("an instant in ISO-8601 UTC, e.g. 2025-03-03T01:00:00Z", Instant::parse));
        scalar(Duration.class, parsed("a duration in ISO-8601, e.g. PT2H30M", Duration::parse));
        scalar(LocalDate.class, parsed("a date in ISO-8601, e.g. 2025-03-31", LocalDate::parse));
    }

    /**
     * The form of a JSON scalar or java.time type, used inside the forms but never installed as a Jackson
     * (de)serializer: the module must not change how a host's mapper reads its own strings, numbers and
     * instants.
     */
    private <T> void scalar(Class<T> type, Form<T> form) {
        forms.put(type, form);
    }

    /** Registers a hand-written form for a type (and installs it as the type's Jackson serializer and deserializer). */
    <T> void put(Class<T> type, Form<T> form) {
        forms.put(type, form);
        registered.put(type, form);
    }

    /** Installs the derived form of a type as its Jackson serializer and deserializer. */
    void expose(Class<?> type) {
        registered.put(type, form(type));
    }

    /** The types installed as Jackson serializers and deserializers, in the order registered. */
    Set<Class<?>> registeredTypes() {
        return java.util.Collections.unmodifiableSet(registered.keySet());
    }

    /** The form of a type, deriving it the first time. */
    @SuppressWarnings("unchecked")
    <T> Form<T> form(Type type) {
        Form<?> f = forms.get(type);
        if (f == null) {
            f = derive(type);
            forms.put(type, f);
        }
        return (Form<T>) f;
    }

    /** The record form of a record type, for callers that wrap it. */
    <T extends Record> RecordForm<T> recordForm(Class<T> type) {
        return new RecordForm<>(type, this, null);
    }

    SimpleSerializers serializers() {
        SimpleSerializers s = new SimpleSerializers();
        registered.forEach((type, form) -> add(s, type, form));
        return s;
    }

    SimpleDeserializers deserializers() {
        SimpleDeserializers d = new SimpleDeserializers();
        registered.forEach((type, form) -> add(d, type, form));
        return d;
    }

    @SuppressWarnings("unchecked")
    private static <T> void add(SimpleSerializers s, Class<T> type, Form<?> form) {
        s.addSerializer(type, new FormSerializer<>(type, (Form<T>) form));
    }

    @SuppressWarnings("unchecked")
    private static <T> void add(SimpleDeserializers d, Class<T> type, Form<?> form) {
        d.addDeserializer(type, new FormDeserializer<>(type, (Form<T>) form));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Form<?> derive(Type type) {
        if (type instanceof ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            Type[] args = p.getActualTypeArguments();
            if (raw == List.class) {
                return new ListForm<>(this, args[0]);
            }
            if (raw == Set.class) {
                return new SetForm<>(this, args[0]);
            }
            if (raw == Map.class && args[0] instanceof Class<?> k && k.isEnum()) {
                return new EnumMapForm(k, form(args[1]));
            }
        } else if (type instanceof Class<?> c) {
            if (c.isEnum()) {
                return new EnumForm(c);
            }
            if (c.isRecord()) {
                RecordComponent[] rc = c.getRecordComponents();
                if (rc.length == 1 && rc[0].getType() == String.class) {
                    return new StringRecordForm<>((Class<? extends Record>) c);
                }
                return new RecordForm<>((Class<? extends Record>) c, this, null);
            }
        }
        throw new IllegalStateException("no JSON form for " + type.getTypeName() + "; register one in Forms");
    }

    private static <T> Form<T> parsed(String expected, Function<String, T> parse) {
        return new Form<>() {
            @Override
            public void write(T value, JsonGenerator g) throws IOException {
                g.writeString(value.toString());
            }

            @Override
            public T read(JsonNode node, String path, List<Problem> problems) {
                if (!node.isTextual()) {
                    problems.add(new Problem(path, "expected " + expected + ", found " + kind(node)));
                    return null;
                }
                try {
                    return parse.apply(node.textValue());
                } catch (DateTimeParseException e) {
                    problems.add(new Problem(path, "expected " + expected + "; the text cannot be read as one"));
                    return null;
                }
            }
        };
    }

    /** What a node is, for messages (never its value). */
    static String kind(JsonNode node) {
        return switch (node.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT, POJO -> "an object";
            case STRING, BINARY -> "a string";
            case NUMBER -> node.isIntegralNumber() ? "an integer" : "a number with a fraction";
            case BOOLEAN -> "a boolean";
            case NULL, MISSING -> "null";
        };
    }

    /** Reads a value that may be JSON null. */
    static <T> T readNullable(Form<T> form, JsonNode node, String path, List<Problem> problems) {
        return node == null || node.isNull() ? null : form.read(node, path, problems);
    }

    /** A problem thrown by a constructor or factory while reading, moved to the JSON path. */
    static void addProblemsOf(InvalidInputException e, String path, boolean nestWhere, List<Problem> problems) {
        for (Problem p : e.problems()) {
            problems.add(nestWhere ? new Problem(JsonPaths.ROOT.equals(path) ? "$." + p.where() : path + "." + p.where(),
                    p.message()) : new Problem(path, p.message()));
        }
    }

    /**
     * The fields of an object node, checked: unknown members and missing members are problems.
     *
     * @return false if the node is not an object (a problem was added); the fields present may still be read
     */
    static boolean checkFields(JsonNode node, String path, Collection<String> names, List<Problem> problems) {
        if (!node.isObject()) {
            problems.add(new Problem(path, "expected an object, found " + kind(node)));
            return false;
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
            String name = it.next();
            if (!names.contains(name)) {
                problems.add(new Problem(JsonPaths.member(path, name), "unknown field" + JsonPaths.didYouMean(name, names)
                        + "; the fields here are " + JsonPaths.quoted(names)));
            }
        }
        for (String name : names) {
            if (!node.has(name)) {
                problems.add(new Problem(JsonPaths.member(path, name), "missing; every field is written, null where"
                        + " there is no value"));
            }
        }
        return true;
    }

    /** A JSON scalar. */
    record Scalar<T>(String expected, java.util.function.Predicate<JsonNode> accepts, Function<JsonNode, T> value,
            Writer<T> writer) implements Form<T> {
        interface Writer<T> {
            void write(T value, JsonGenerator g) throws IOException;
        }

        static <T> Scalar<T> of(String expected, java.util.function.Predicate<JsonNode> accepts,
                Function<JsonNode, T> value, Writer<T> writer) {
            return new Scalar<>(expected, accepts, value, writer);
        }

        @Override
        public void write(T v, JsonGenerator g) throws IOException {
            writer.write(v, g);
        }

        @Override
        public T read(JsonNode node, String path, List<Problem> problems) {
            if (!accepts.test(node)) {
                problems.add(new Problem(path, "expected " + expected + ", found " + kind(node)));
                return null;
            }
            return value.apply(node);
        }
    }

    /** An enum: the constant's name. */
    static final class EnumForm<E extends Enum<E>> implements Form<E> {
        private final Class<E> type;
        private final List<String> names;

        EnumForm(Class<E> type) {
            this.type = type;
            this.names = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
        }

        @Override
        public void write(E value, JsonGenerator g) throws IOException {
            g.writeString(value.name());
        }

        @Override
        public E read(JsonNode node, String path, List<Problem> problems) {
            if (node.isTextual() && names.contains(node.textValue())) {
                return Enum.valueOf(type, node.textValue());
            }
            problems.add(new Problem(path, "expected one of " + JsonPaths.quoted(names)
                    + (node.isTextual() ? JsonPaths.didYouMean(node.textValue(), names) : ", found " + kind(node))));
            return null;
        }
    }

    /** A record of one string, e.g. an id: the string. */
    static final class StringRecordForm<R extends Record> implements Form<R> {
        private final Constructor<R> constructor;
        private final Method accessor;

        StringRecordForm(Class<R> type) {
            try {
                this.constructor = type.getDeclaredConstructor(String.class);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(e);
            }
            this.accessor = type.getRecordComponents()[0].getAccessor();
        }

        @Override
        public void write(R value, JsonGenerator g) throws IOException {
            g.writeString((String) invoke(accessor, value));
        }

        @Override
        public R read(JsonNode node, String path, List<Problem> problems) {
            if (!node.isTextual()) {
                problems.add(new Problem(path, "expected a string, found " + kind(node)));
                return null;
            }
            return construct(constructor, new Object[] {node.textValue()}, path, problems);
        }
    }

    /** A record: an object with one field per component, in component order; optionally a type discriminator first. */
    static final class RecordForm<R extends Record> implements Form<R> {
        private final Class<R> type;
        private final String typeName;
        private final List<String> names = new ArrayList<>();
        private final List<Method> accessors = new ArrayList<>();
        private final List<Class<?>> types = new ArrayList<>();
        private final List<Type> genericTypes = new ArrayList<>();
        private final Forms forms;
        private final Constructor<R> constructor;
        private List<Form<Object>> componentForms;

        RecordForm(Class<R> type, Forms forms, String typeName) {
            this.type = type;
            this.forms = forms;
            this.typeName = typeName;
            for (RecordComponent c : type.getRecordComponents()) {
                if (c.getName().equals("type")) {
                    throw new IllegalStateException(type.getName() + " has a component named 'type', the discriminator");
                }
                names.add(c.getName());
                accessors.add(c.getAccessor());
                types.add(c.getType());
                genericTypes.add(c.getGenericType());
            }
            try {
                this.constructor = type.getDeclaredConstructor(types.toArray(Class<?>[]::new));
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(e);
            }
        }

        /** The component forms, derived on first use (records may refer to each other). */
        private List<Form<Object>> componentForms() {
            if (componentForms == null) {
                List<Form<Object>> f = new ArrayList<>();
                for (Type t : genericTypes) {
                    f.add(forms.form(t));
                }
                componentForms = f;
            }
            return componentForms;
        }

        List<String> names() {
            return names;
        }

        List<Type> genericTypes() {
            return genericTypes;
        }

        Class<R> type() {
            return type;
        }

        @Override
        public void write(R value, JsonGenerator g) throws IOException {
            List<Form<Object>> f = componentForms();
            g.writeStartObject();
            if (typeName != null) {
                g.writeStringField("type", typeName);
            }
            for (int i = 0; i < names.size(); i++) {
                g.writeFieldName(names.get(i));
                Object v = invoke(accessors.get(i), value);
                if (v == null) {
                    g.writeNull();
                } else {
                    f.get(i).write(v, g);
                }
            }
            g.writeEndObject();
        }

        @Override
        public R read(JsonNode node, String path, List<Problem> problems) {
            List<String> expected = names;
            if (typeName != null) {
                expected = new ArrayList<>(names.size() + 1);
                expected.add("type");
                expected.addAll(names);
            }
            int before = problems.size();
            if (!checkFields(node, path, expected, problems)) {
                return null;
            }
            List<Form<Object>> f = componentForms();
            Object[] args = new Object[names.size()];
            for (int i = 0; i < names.size(); i++) {
                String where = JsonPaths.member(path, names.get(i));
                JsonNode child = node.get(names.get(i));
                if (child == null) {
                    continue; // reported as missing
                }
                if (child.isNull()) {
                    if (types.get(i).isPrimitive()) {
                        problems.add(new Problem(where, "is null; give a value"));
                    }
                    continue;
                }
                args[i] = f.get(i).read(child, where, problems);
            }
            if (problems.size() > before) {
                return null;
            }
            return construct(constructor, args, path, problems);
        }
    }

    /** A list: an array. */
    static final class ListForm<T> implements Form<List<T>> {
        private final Forms forms;
        private final Type element;

        ListForm(Forms forms, Type element) {
            this.forms = forms;
            this.element = element;
        }

        @Override
        public void write(List<T> value, JsonGenerator g) throws IOException {
            Form<T> f = forms.form(element);
            g.writeStartArray();
            for (T v : value) {
                f.write(v, g);
            }
            g.writeEndArray();
        }

        @Override
        public List<T> read(JsonNode node, String path, List<Problem> problems) {
            if (!node.isArray()) {
                problems.add(new Problem(path, "expected an array, found " + kind(node)));
                return null;
            }
            Form<T> f = forms.form(element);
            int before = problems.size();
            List<T> out = new ArrayList<>(node.size());
            for (int i = 0; i < node.size(); i++) {
                String where = JsonPaths.element(path, i);
                JsonNode e = node.get(i);
                if (e.isNull()) {
                    problems.add(new Problem(where, "is null; an array holds no nulls"));
                } else {
                    out.add(f.read(e, where, problems));
                }
            }
            return problems.size() > before ? null : out;
        }
    }

    /** A set: an array, sorted (enums in declaration order, strings in their natural order) so the form is stable. */
    static final class SetForm<T> implements Form<Set<T>> {
        private final ListForm<T> list;

        SetForm(Forms forms, Type element) {
            this.list = new ListForm<>(forms, element);
        }

        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        public void write(Set<T> value, JsonGenerator g) throws IOException {
            List<T> sorted = new ArrayList<>(value);
            sorted.sort((Comparator) Comparator.naturalOrder());
            list.write(sorted, g);
        }

        @Override
        public Set<T> read(JsonNode node, String path, List<Problem> problems) {
            List<T> l = list.read(node, path, problems);
            if (l == null) {
                return null;
            }
            Set<T> out = new LinkedHashSet<>(l);
            if (out.size() != l.size()) {
                problems.add(new Problem(path, "a value is listed twice; a set lists each value once"));
                return null;
            }
            return out;
        }
    }

    /** A map keyed by an enum: an object whose field names are the constants' names, in the enum's order. */
    static final class EnumMapForm<K extends Enum<K>, V> implements Form<Map<K, V>> {
        private final Class<K> keyType;
        private final Form<V> values;
        private final List<String> names;

        EnumMapForm(Class<K> keyType, Form<V> values) {
            this.keyType = keyType;
            this.values = values;
            this.names = Arrays.stream(keyType.getEnumConstants()).map(Enum::name).toList();
        }

        @Override
        public void write(Map<K, V> value, JsonGenerator g) throws IOException {
            g.writeStartObject();
            for (K k : keyType.getEnumConstants()) {
                V v = value.get(k);
                if (v != null) {
                    g.writeFieldName(k.name());
                    values.write(v, g);
                }
            }
            g.writeEndObject();
        }

        @Override
        public Map<K, V> read(JsonNode node, String path, List<Problem> problems) {
            if (!node.isObject()) {
                problems.add(new Problem(path, "expected an object, found " + kind(node)));
                return null;
            }
            int before = problems.size();
            EnumMap<K, V> out = new EnumMap<>(keyType);
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                String where = JsonPaths.member(path, e.getKey());
                if (!names.contains(e.getKey())) {
                    problems.add(new Problem(where, "unknown key" + JsonPaths.didYouMean(e.getKey(), names)
                            + "; the keys are " + JsonPaths.quoted(names)));
                } else if (e.getValue().isNull()) {
                    problems.add(new Problem(where, "is null; leave the key out instead"));
                } else {
                    out.put(Enum.valueOf(keyType, e.getKey()), values.read(e.getValue(), where, problems));
                }
            }
            return problems.size() > before ? null : out;
        }
    }

    static Object invoke(Method accessor, Object target) {
        try {
            return accessor.invoke(target);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + accessor, e);
        }
    }

    /** Calls a constructor; what it throws for bad values becomes problems at {@code path}. */
    static <T> T construct(Constructor<T> constructor, Object[] args, String path, List<Problem> problems) {
        try {
            return constructor.newInstance(args);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof InvalidInputException x) {
                addProblemsOf(x, path, false, problems);
            } else if (cause instanceof NullPointerException) {
                String name = cause.getMessage();
                problems.add(new Problem(name != null && name.matches("[A-Za-z]+") ? JsonPaths.member(path, name) : path,
                        "is null; give a value"));
            } else if (cause instanceof IllegalArgumentException) {
                problems.add(new Problem(path, "is not valid: " + cause.getMessage()));
            } else if (cause instanceof RuntimeException r) {
                throw r;
            } else {
                throw new IllegalStateException(cause);
            }
            return null;
        } catch (InstantiationException | IllegalAccessException e) {
            throw new IllegalStateException("cannot construct " + constructor.getDeclaringClass(), e);
        }
    }

    /** The Jackson serializer of a form. */
    static final class FormSerializer<T> extends StdSerializer<T> {
        private static final long serialVersionUID = 1L;
        private final transient Form<T> form;

        FormSerializer(Class<T> type, Form<T> form) {
            super(type);
            this.form = form;
        }

        @Override
        public void serialize(T value, JsonGenerator g, SerializerProvider provider) throws IOException {
            form.write(value, g);
        }
    }

    /** The Jackson deserializer of a form: reads the tree, then throws every problem in one exception. */
    static final class FormDeserializer<T> extends StdDeserializer<T> {
        private static final long serialVersionUID = 1L;
        private final transient Form<T> form;

        FormDeserializer(Class<T> type, Form<T> form) {
            super(type);
            this.form = form;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String path = JsonPaths.of(p); // where the value stands in the whole document, e.g. $[0] in a host's list
            JsonNode node = p.readValueAsTree();
            List<Problem> problems = new ArrayList<>();
            T value = node == null || node.isNull() ? null : form.read(node, path, problems);
            if (!problems.isEmpty()) {
                throw new InvalidInputException(ErrorCode.INVALID_INPUT, "the JSON of a "
                        + handledType().getSimpleName().toLowerCase(Locale.ROOT) + " at " + path + " cannot be read",
                        problems);
            }
            return value;
        }
    }
}
