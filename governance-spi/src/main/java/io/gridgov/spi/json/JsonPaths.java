package io.gridgov.spi.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * JSON paths in the {@code $.areas[12].parent} notation the problems of a data file carry, and the
 * "did you mean" hints their messages give.
 */
final class JsonPaths {
    /** The path of the whole document. */
    static final String ROOT = "$";

    private JsonPaths() {
    }

    /** The longest piece of a file's own text a message repeats; longer text is cut. */
    static final int EXCERPT = 40;

    /** The path of a member of the object at {@code path}; odd names are quoted: {@code $['a b']}. */
    static String member(String path, String name) {
        if (isIdentifier(name) && name.length() <= EXCERPT) {
            return path + "." + name;
        }
        StringBuilder sb = new StringBuilder(path).append("['");
        String shown = excerpt(name);
        for (int i = 0; i < shown.length(); i++) {
            char c = shown.charAt(i);
            if (c == '\\' || c == '\'') {
                sb.append('\\').append(c);
            } else if (c < 0x20) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.append("']").toString();
    }

    /**
     * Text from the file as a message may repeat it: at most {@value #EXCERPT} characters, so that a
     * huge or hostile value cannot blow up an exception message or a log line.
     */
    static String excerpt(String text) {
        return text.length() <= EXCERPT ? text : text.substring(0, EXCERPT) + "...(" + text.length() + " chars)";
    }

    /**
     * The JSON path of the value a parser stands at, in the whole document being read: {@code $.years[0]}
     * for a value a host's own list, map or bean holds, {@code $} at the top. On a {@code FIELD_NAME} (Jackson
     * hands a deserializer an object whose start it has consumed) the path is that of the object.
     */
    static String of(JsonParser p) {
        JsonStreamContext ctx = p.getParsingContext();
        if (p.currentToken() == JsonToken.FIELD_NAME && ctx != null) {
            ctx = ctx.getParent();
        }
        return of(ctx);
    }

    /** The JSON path of a parsing context: {@code $.years[0].holidays}. */
    static String of(JsonStreamContext ctx) {
        List<String> parts = new ArrayList<>();
        for (JsonStreamContext c = ctx; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray() && c.getCurrentIndex() >= 0) {
                parts.add("[" + c.getCurrentIndex() + "]");
            } else if (c.inObject() && c.getCurrentName() != null) {
                parts.add(member("", c.getCurrentName()));
            }
        }
        Collections.reverse(parts);
        return ROOT + String.join("", parts);
    }

    /** The path of an element of the array at {@code path}. */
    static String element(String path, int index) {
        return path + "[" + index + "]";
    }

    private static boolean isIdentifier(String name) {
        if (name.isEmpty() || !(Character.isLetter(name.charAt(0)) || name.charAt(0) == '_')) {
            return false;
        }
        for (int i = 1; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '_')) {
                return false;
            }
        }
        return true;
    }

    /**
     * A hint naming the option {@code given} was probably meant to be: one that differs only in case,
     * or else the nearest within two edits.
     *
     * @return {@code " (did you mean 'x'?)"} or the empty string
     */
    static String didYouMean(String given, Collection<String> options) {
        for (String o : options) {
            if (o.equalsIgnoreCase(given) || o.replace('-', '_').equalsIgnoreCase(given.replace('-', '_'))) {
                return " (did you mean '" + o + "'?)";
            }
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        String lower = given.toLowerCase(Locale.ROOT);
        for (String o : options) {
            int d = distance(lower, o.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = o;
            }
        }
        return best != null && bestDistance <= 2 && bestDistance < given.length() ? " (did you mean '" + best + "'?)" : "";
    }

    /** Quotes and joins options for a message: {@code 'a', 'b', 'c'}. */
    static String quoted(Collection<String> options) {
        List<String> out = new ArrayList<>(options.size());
        for (String o : options) {
            out.add("'" + o + "'");
        }
        return String.join(", ", out);
    }

    /** Levenshtein distance; the strings here are short keys. */
    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
