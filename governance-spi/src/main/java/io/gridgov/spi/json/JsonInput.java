package io.gridgov.spi.json;

import static io.gridgov.spi.json.JsonPaths.didYouMean;
import static io.gridgov.spi.json.JsonPaths.excerpt;
import static io.gridgov.spi.json.JsonPaths.member;
import static io.gridgov.spi.json.JsonPaths.quoted;

import com.fasterxml.jackson.databind.JsonNode;
import io.gridgov.core.ErrorCode;
import io.gridgov.core.InvalidInputException;
import io.gridgov.core.Problem;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;

/**
 * The problems found while reading one JSON document of a data file (a taxonomy, a calendar, time
 * limits), and the checks of its objects' members that report them. Every read method reports what is
 * wrong at the member's JSON path and returns {@code null}, so a reader carries on and finds every
 * problem of the document in one pass. Single use, not thread-safe.
 */
final class JsonInput {
    private final List<Problem> problems = new ArrayList<>();

    /** Records a problem at a JSON path. */
    void problem(String where, String message) {
        problems.add(new Problem(where, message));
    }

    /** How many problems have been recorded so far; compare two counts to see whether a part had any. */
    int count() {
        return problems.size();
    }

    /** Whether no problem has been recorded. */
    boolean clean() {
        return problems.isEmpty();
    }

    /** The exception listing every problem recorded; there must be one at least. */
    InvalidInputException failure(String summary) {
        return new InvalidInputException(ErrorCode.INVALID_DATA_FILE, summary, problems);
    }

    /**
     * The object at {@code path}, with its unknown members reported; {@code null} (and a problem) if the
     * node is not an object.
     *
     * @param what    what the object is, for messages: {@code "a category"}
     * @param shape   how it looks, for messages: {@code {"code", "name", ...}}
     * @param allowed the names of its members
     */
    Obj object(JsonNode node, String path, String what, String shape, List<String> allowed) {
        if (!node.isObject()) {
            problem(path, "expected " + what + " " + shape + ", found " + describe(node));
            return null;
        }
        return new Obj(node, path, what, allowed);
    }

    /** What a JSON value is, for a message: {@code a number (12)}, {@code an array}, ... (text cut short). */
    static String describe(JsonNode n) {
        if (n.isTextual()) {
            return "a string (\"" + excerpt(n.textValue()) + "\")";
        }
        if (n.isNumber()) {
            return "a number (" + excerpt(n.asText()) + ")";
        }
        if (n.isBoolean() || n.isNull()) {
            return n.asText();
        }
        return n.isArray() ? "an array" : n.isObject() ? "an object" : n.getNodeType().toString();
    }

    /**
     * The constant of an enum named by a string, or {@code null} with a problem naming the choices.
     *
     * @param what what the value is, for messages: {@code "stage"}
     */
    <E extends Enum<E>> E constant(String text, String path, Class<E> type, String what) {
        List<String> names = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(text)) {
                return e;
            }
            names.add(e.name());
        }
        problem(path, "unknown " + what + " '" + excerpt(text) + "'" + didYouMean(text, names) + "; use one of "
                + String.join(", ", names));
        return null;
    }

    /**
     * Moves the problems of a core validator into this document: each goes to the JSON path
     * {@code where} maps its {@code where} to, with its message unchanged.
     */
    void adopt(InvalidInputException e, Function<Problem, String> where) {
        for (Problem p : e.problems()) {
            problem(where.apply(p), p.message());
        }
    }

    /**
     * One JSON object being read: reports its unknown members when created, and the missing members
     * and wrong types of the members read. {@link #ok()} tells whether any problem was reported since
     * it was created.
     */
    final class Obj {
        private final JsonNode node;
        private final String path;
        private final int before;

        private Obj(JsonNode node, String path, String what, List<String> allowed) {
            this.node = node;
            this.path = path;
            this.before = count();
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                if (!allowed.contains(name)) {
                    problem(member(path, name), "unknown member '" + excerpt(name) + "'" + didYouMean(name, allowed)
                            + "; " + what + " has only " + quoted(allowed));
                }
            }
        }

        /** The object's path. */
        String path() {
            return path;
        }

        /** The path of one of its members. */
        String at(String name) {
            return member(path, name);
        }

        /** Whether no problem was reported since this object was created. */
        boolean ok() {
            return count() == before;
        }

        /** Whether the member is present and not null. */
        boolean has(String name) {
            JsonNode v = node.get(name);
            return v != null && !v.isNull();
        }

        /** A member of any type; null if absent or null (a problem if required). */
        JsonNode value(String name, boolean required, String fix) {
            JsonNode v = node.get(name);
            if (v == null || v.isNull()) {
                if (required) {
                    problem(at(name), (v == null ? "missing" : "null") + "; " + fix);
                }
                return null;
            }
            return v;
        }

        /** A string member; null if absent, null or not a string (a problem if required or mistyped). */
        String string(String name, boolean required, String fix) {
            JsonNode v = value(name, required, fix);
            if (v == null) {
                return null;
            }
            if (!v.isTextual()) {
                problem(at(name), "expected a string, found " + describe(v) + "; " + fix
                        + (v.isNumber() ? " (in quotes)" : ""));
                return null;
            }
            return v.textValue();
        }

        /** A whole-number member; null if absent, null or not a whole number that fits a long. */
        Long integer(String name, boolean required, String fix) {
            JsonNode v = value(name, required, fix);
            if (v == null) {
                return null;
            }
            if (!v.isIntegralNumber() || !v.canConvertToLong()) {
                problem(at(name), "expected a whole number, found " + describe(v) + "; " + fix);
                return null;
            }
            return v.longValue();
        }

        /** A required boolean member; null if absent, null or not a boolean. */
        Boolean bool(String name, String fix) {
            JsonNode v = value(name, true, fix);
            if (v == null) {
                return null;
            }
            if (!v.isBoolean()) {
                problem(at(name), "expected true or false, found " + describe(v) + "; " + fix);
                return null;
            }
            return v.booleanValue();
        }

        /** An array member; null if absent, null or not an array (a problem if required or mistyped). */
        JsonNode array(String name, boolean required, String fix) {
            JsonNode v = value(name, required, fix);
            if (v == null) {
                return null;
            }
            if (!v.isArray()) {
                problem(at(name), "expected an array, found " + describe(v) + "; " + fix);
                return null;
            }
            return v;
        }

        /** A member naming an enum constant; null if absent, null, not a string or not a constant. */
        <E extends Enum<E>> E constant(String name, boolean required, Class<E> type, String what) {
            String text = string(name, required, "give the " + what + ", one of " + names(type));
            return text == null ? null : JsonInput.this.constant(text, at(name), type, what);
        }
    }

    /** The names of an enum's constants, for messages: {@code A, B, C}. */
    static <E extends Enum<E>> String names(Class<E> type) {
        List<String> names = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            names.add(e.name());
        }
        return String.join(", ", names);
    }
}
