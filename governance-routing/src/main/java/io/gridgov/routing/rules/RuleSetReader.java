package io.gridgov.routing.rules;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import io.gridgov.core.InvalidInputException;
import io.gridgov.core.Problem;
import io.gridgov.core.cases.CaseKind;
import io.gridgov.core.cases.CategoryTaxonomy;
import io.gridgov.core.cases.Priority;
import io.gridgov.core.grid.GridTree;
import io.gridgov.core.mediation.DisputeDomain;
import io.gridgov.core.mediation.MediationCategory;
import io.gridgov.core.mediation.Money;
import io.gridgov.core.mediation.Route;
import io.gridgov.core.time.TimeLimit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Turns a parsed rule-set file ({@value RuleSetCodec#FORMAT}) into a {@link RuleSet}, collecting every
 * problem with its JSON path. Single use: one instance per file.
 *
 * <p>The reader checks the shape of the file (members, types, enum names, numbers in range) and hands
 * every rule to a {@link RuleSet.Builder} under its JSON path, which checks the codes, duplicates and
 * conflicts. A rule with a problem of shape is still checked for what could be read: it goes, with
 * stand-ins for the values that could not be read, to a scratch builder whose problems are kept unless
 * they concern a stand-in (or the rule as a whole, such as a conflict, which a stand-in may fake). So one
 * exception lists every problem, sorted by where the rule stands in the file.
 */
final class RuleSetReader {
    static final String ROOT = "$";
    private static final String UNKNOWN_ID = "(no id)";
    private static final int EXCERPT = 40;
    private static final BigDecimal MAX_YUAN = BigDecimal.valueOf(1_000_000_000_000L);
    /** The most returns a skip rule may count; a file's number beyond it is refused, never clamped. */
    private static final int MAX_RETURNS = Integer.MAX_VALUE;
    /** How much of a reading limit's message is quoted: enough to name the limit and its value. */
    private static final int LIMIT_EXCERPT = 120;

    private static final List<String> TOP = List.of("format", "id", "entries", "handlingLevels", "cycles", "ladders",
            "dispatch", "mediation", "deliberation");
    private static final List<String> ENTRY = List.of("category", "area", "kinds", "priorities", "kind", "main",
            "cooperating", "timeLimit", "handlingLevel", "rank");
    private static final List<String> TIME_LIMIT = List.of("amount", "unit");
    private static final List<String> HANDLING = List.of("category", "priority", "level");
    private static final List<String> LADDER = List.of("category", "rungs", "skips");
    private static final List<String> SKIP = List.of("trigger", "categories", "returnedTimes", "to");
    private static final List<String> DISPATCH = List.of("from", "to");
    private static final List<String> MEDIATION = List.of("domain", "minAmount", "maxAmount", "flags", "category",
            "committee", "level", "diversions", "rank");
    private static final List<String> DIVERSION = List.of("route", "category", "committee");
    private static final List<String> DELIBERATION = List.of("category", "mode");

    private final GridTree tree;
    private final CategoryTaxonomy taxonomy;
    private final Predicate<String> known;
    /** Problems of shape, found by this reader. */
    private final List<Problem> problems = new ArrayList<>();
    /** Paths of values that could not be read and were replaced by stand-ins. */
    private final List<String> standIns = new ArrayList<>();
    /** The path of every rule (and top-level member), numbered in the order read: the order of problems. */
    private final Map<String, Integer> order = new HashMap<>();
    private RuleSet.Builder builder;
    private RuleSet.Builder scratch;

    RuleSetReader(GridTree tree, CategoryTaxonomy taxonomy, Predicate<String> known) {
        this.tree = tree;
        this.taxonomy = taxonomy;
        this.known = known;
    }

    // ------------------------------------------------------------------ malformed JSON

    /** The exception for text that is not JSON: the line, the column and, as far as known, the path. */
    static RuleSetException malformed(JsonProcessingException e) {
        String where = ROOT;
        if (e.getProcessor() instanceof JsonParser p) {
            List<String> parts = new ArrayList<>();
            for (JsonStreamContext c = p.getParsingContext(); c != null && !c.inRoot(); c = c.getParent()) {
                if (c.inArray() && c.getCurrentIndex() >= 0) {
                    parts.add("[" + c.getCurrentIndex() + "]");
                } else if (c.inObject() && c.getCurrentName() != null) {
                    parts.add(member("", c.getCurrentName()));
                }
            }
            Collections.reverse(parts);
            where = ROOT + String.join("", parts);
        }
        JsonLocation loc = e.getLocation();
        if ((loc == null || loc.getLineNr() < 1) && e.getProcessor() instanceof JsonParser p) {
            loc = p.currentLocation();
        }
        String at = loc == null || loc.getLineNr() < 1 ? "" : " at line " + loc.getLineNr() + ", column "
                + loc.getColumnNr();
        String original = String.valueOf(e.getOriginalMessage());
        String line = original.lines().findFirst().orElse(original);
        if (e instanceof StreamConstraintsException) {
            return new RuleSetException(UNKNOWN_ID, List.of(new Problem(where, "the file exceeds a reading limit" + at
                    + ": " + (line.length() <= LIMIT_EXCERPT ? line : line.substring(0, LIMIT_EXCERPT) + "...")
                    + "; a rule-set file nests objects at most four deep and holds short codes and numbers: remove"
                    + " the extra nesting or the oversized value")));
        }
        String first = excerpt(line);
        String fix = first.startsWith("Duplicate field") ? "a member may appear only once in an object; remove one"
                : first.startsWith("Trailing token") ? "a rule-set file holds one JSON object; remove what follows it"
                : "fix the syntax there (often a missing comma, quote or bracket just before that point)";
        return new RuleSetException(UNKNOWN_ID, List.of(new Problem(where, "malformed JSON" + at + ": " + first
                + "; " + fix)));
    }

    // ------------------------------------------------------------------ the file

    RuleSet read(JsonNode root) {
        if (root == null || root.isMissingNode() || !root.isObject()) {
            throw new RuleSetException(UNKNOWN_ID, List.of(new Problem(ROOT, (root == null || root.isMissingNode()
                    ? "the file is empty" : "expected a JSON object, found " + describe(root)) + "; a rule-set file"
                    + " is an object {\"format\": \"" + RuleSetCodec.FORMAT + "\", \"id\": ..., \"entries\": [...]}")));
        }
        Obj top = new Obj(root, ROOT, "a rule-set file", TOP);
        String format = top.text("format", true, "start the file with \"format\": \"" + RuleSetCodec.FORMAT + "\"");
        if (format != null && !format.equals(RuleSetCodec.FORMAT)) {
            problem(member(ROOT, "format"), "format '" + excerpt(format) + "' is not supported; this version reads '"
                    + RuleSetCodec.FORMAT + "'" + (format.startsWith("gridgov.rules/")
                    ? " only: convert the file, or read it with the gridgov version that wrote it" : "; is this a"
                    + " rule-set file?"));
        }
        String id = top.text("id", true, "give the rule set a short stable id, e.g. \"zhangzhou-2022\"");
        String ruleSetId = id == null ? UNKNOWN_ID : id;
        builder = RuleSet.builder(id == null ? "" : id, tree, taxonomy, known);
        scratch = RuleSet.builder("scratch", tree, taxonomy, known);
        number(member(ROOT, "format"));
        number(member(ROOT, "id"));
        eachElement(top, "entries", this::entry);
        eachElement(top, "handlingLevels", this::handling);
        cycles(top);
        eachElement(top, "ladders", this::ladder);
        eachElement(top, "dispatch", this::dispatch);
        eachElement(top, "mediation", this::mediation);
        eachElement(top, "deliberation", this::deliberation);

        List<Problem> all = new ArrayList<>(problems);
        if (!standIns.isEmpty()) {
            try {
                scratch.build();
            } catch (RuleSetException e) {
                e.problems().stream().filter(p -> !touchesStandIn(p.where())).forEach(all::add);
            }
        }
        RuleSet rules = null;
        try {
            rules = builder.build();
        } catch (RuleSetException e) {
            for (Problem p : e.problems()) {
                // the builder reports its id as "id"; the file holds it at $.id (a missing id is reported already)
                boolean idProblem = p.where().equals("id");
                if (!(idProblem && id == null)) {
                    all.add(idProblem ? new Problem(member(ROOT, "id"), p.message()) : p);
                }
            }
        }
        if (!all.isEmpty()) {
            all.sort(Comparator.comparingInt(p -> position(p.where())));
            throw new RuleSetException(ruleSetId, all);
        }
        return rules;
    }

    /** Whether a problem's path is a stand-in's, or inside one, or encloses one (the rule as a whole). */
    private boolean touchesStandIn(String where) {
        for (String s : standIns) {
            if (within(where, s) || within(s, where)) {
                return true;
            }
        }
        return false;
    }

    private static boolean within(String path, String container) {
        return path.equals(container) || path.startsWith(container) && (path.charAt(container.length()) == '.'
                || path.charAt(container.length()) == '[');
    }

    /** The number of the rule a path belongs to: the longest numbered path it is within; -1 for none. */
    private int position(String where) {
        for (String p = where; ; ) {
            Integer n = order.get(p);
            if (n != null) {
                return n;
            }
            int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
            if (cut <= 0) {
                return -1;
            }
            p = p.substring(0, cut);
        }
    }

    private void number(String path) {
        order.putIfAbsent(path, order.size());
    }

    /** Reads each element of an optional array member; a non-object element is a problem. */
    private void eachElement(Obj top, String name, RuleReader rule) {
        String path = member(ROOT, name);
        number(path);
        JsonNode array = top.node(name, false, JsonNode::isArray, "an array", "list the rules as [{...}, {...}]");
        if (array == null) {
            return;
        }
        for (int i = 0; i < array.size(); i++) {
            String at = path + "[" + i + "]";
            number(at);
            JsonNode n = array.get(i);
            if (!n.isObject()) {
                problem(at, "expected an object, found " + describe(n) + "; each rule is an object {...}");
            } else {
                int before = standIns.size();
                rule.read(n, at, before);
            }
        }
    }

    @FunctionalInterface
    private interface RuleReader {
        void read(JsonNode node, String at, int standInsBefore);
    }

    /** The builder for a rule: the real one, or the scratch one if the rule needed a stand-in. */
    private RuleSet.Builder target(int standInsBefore) {
        return standIns.size() == standInsBefore ? builder : scratch;
    }

    // ------------------------------------------------------------------ sections

    private void entry(JsonNode node, String at, int before) {
        Obj o = new Obj(node, at, "an entry", ENTRY);
        String category = o.text("category", true, "give the matter category's code, e.g. \"C0201\"");
        String area = o.text("area", true, "give the code of an area at any level, e.g. \"350603001\"");
        Set<CaseKind> kinds = o.enums("kinds", CaseKind.class);
        Set<Priority> priorities = o.enums("priorities", Priority.class);
        EntryKind kind = o.enumValue("kind", EntryKind.class, true);
        String main = o.text("main", true, "give the id of the organisation with the main responsibility");
        List<String> cooperating = o.texts("cooperating", "list organisation ids, e.g. [\"xc-urban\"]");
        TimeLimit limit = timeLimit(o);
        String level = o.text("handlingLevel", false, "give a level key, e.g. \"township\", or leave it out");
        int rank = o.rank();
        target(before).entry(new Entry(orEmpty(category), orEmpty(area), kinds, priorities,
                kind == null ? EntryKind.BASIC_DUTY : kind, orEmpty(main), cooperating, limit, level, rank), at);
    }

    private TimeLimit timeLimit(Obj entry) {
        TimeLimit standIn = TimeLimit.naturalDays(1);
        String fix = "give the handling limit as {\"amount\": 3, \"unit\": \"WORKING_DAYS\"}";
        JsonNode node = entry.node("timeLimit", true, JsonNode::isObject, "an object", fix);
        if (node == null) {
            return standIn;
        }
        Obj o = new Obj(node, member(entry.path, "timeLimit"), "a time limit", TIME_LIMIT);
        Long amount = o.whole("amount", true, "give a whole number of units, e.g. 3");
        TimeLimit.Unit unit = o.enumValue("unit", TimeLimit.Unit.class, true);
        if (amount == null || unit == null) {
            return standIn;
        }
        try {
            return new TimeLimit(amount, unit);
        } catch (InvalidInputException e) {
            o.standIn("amount", e.problems().get(0).message());
            return standIn;
        }
    }

    private void handling(JsonNode node, String at, int before) {
        Obj o = new Obj(node, at, "a handling-level rule", HANDLING);
        String category = o.text("category", true, "give the category's code, e.g. \"S01\"");
        Priority priority = o.enumValue("priority", Priority.class, false);
        String level = o.text("level", true, "give a level key, e.g. \"village\"");
        target(before).handling(new HandlingRule(orEmpty(category), priority, orEmpty(level)), at);
    }

    private void cycles(Obj top) {
        String path = member(ROOT, "cycles");
        number(path);
        JsonNode node = top.node("cycles", false, JsonNode::isObject, "an object",
                "give each level's cycle as {\"grid\": \"MICRO\", \"township\": \"SMALL\"}");
        if (node == null) {
            return;
        }
        for (Map.Entry<String, JsonNode> f : node.properties()) {
            String at = member(path, f.getKey());
            number(at);
            int before = standIns.size();
            Cycle cycle = enumOf(f.getValue(), at, Cycle.class);
            target(before).cycle(f.getKey(), cycle == null ? Cycle.MICRO : cycle, at);
        }
    }

    private void ladder(JsonNode node, String at, int before) {
        Obj o = new Obj(node, at, "an escalation ladder", LADDER);
        String category = o.text("category", false, "give a category code, or leave it out for the default ladder");
        List<String> rungs = o.texts("rungs", "list level keys bottom first, e.g. [\"grid\", \"village\", \"township\"]");
        JsonNode rungsNode = node.get("rungs");
        if (rungsNode == null || rungsNode.isNull()) {
            o.standIn("rungs", (rungsNode == null ? "missing" : "null") + "; list level keys bottom first, e.g."
                    + " [\"grid\", \"village\", \"township\"]");
        }
        List<SkipRule> skips = new ArrayList<>();
        JsonNode list = o.node("skips", false, JsonNode::isArray, "an array", "list the skip rules as [{...}]");
        for (int k = 0; list != null && k < list.size(); k++) {
            String where = member(at, "skips") + "[" + k + "]";
            JsonNode s = list.get(k);
            if (!s.isObject()) {
                standIn(where, "expected an object, found " + describe(s) + "; a skip rule is {\"trigger\": ...,"
                        + " \"to\": ...}");
                continue;
            }
            Obj so = new Obj(s, where, "a skip rule", SKIP);
            SkipRule.Trigger trigger = so.enumValue("trigger", SkipRule.Trigger.class, true);
            if (trigger == null) {
                standIns.add(where); // what fits the skip depends on its trigger: check none of it
            }
            List<String> categories = so.texts("categories", "list category codes, e.g. [\"S04\"]");
            Long times = so.whole("returnedTimes", false, "give a whole number of returns, e.g. 2");
            if (times != null && (times < 0 || times > MAX_RETURNS)) {
                so.standIn("returnedTimes", "the count " + times + " is out of range; give a whole number of returns"
                        + " from 1 to " + MAX_RETURNS + " (0 or leave it out for other triggers)");
                times = null;
            }
            String to = so.text("to", true, "give the key of the rung the case skips to, e.g. \"county\"");
            int returned = times == null ? 0 : times.intValue();
            skips.add(new SkipRule(trigger == null ? SkipRule.Trigger.RED_WARNING : trigger, categories, returned,
                    orEmpty(to)));
        }
        target(before).ladder(new EscalationLadder(category, rungs, skips), at);
    }

    private void dispatch(JsonNode node, String at, int before) {
        Obj o = new Obj(node, at, "a dispatch rule", DISPATCH);
        String from = o.text("from", true, "give the key of the level that blows the whistle, e.g. \"township\"");
        String to = o.text("to", true, "give the key of the level whose departments report, e.g. \"county\"");
        target(before).dispatch(new DispatchRule(orEmpty(from), orEmpty(to)), at);
    }

    private void mediation(JsonNode node, String at, int before) {
        Obj o = new Obj(node, at, "a mediation rule", MEDIATION);
        DisputeDomain domain = null;
        String code = o.text("domain", false, "give a domain code, e.g. \"labour\", or leave it out for every domain");
        if (code != null) {
            try {
                domain = DisputeDomain.of(code);
            } catch (InvalidInputException e) {
                o.standIn("domain", e.problems().get(0).message());
            }
        }
        Money min = o.amount("minAmount");
        Money max = o.amount("maxAmount");
        Set<DisputeFlag> flags = o.enums("flags", DisputeFlag.class);
        MediationCategory category = o.enumValue("category", MediationCategory.class, true);
        String committee = o.text("committee", true, "give the committee's organisation id");
        String level = o.text("level", true, "give the key of the committee's level, e.g. \"township\"");
        List<Diversion> diversions = new ArrayList<>();
        JsonNode list = o.node("diversions", false, JsonNode::isArray, "an array", "list the diversions as [{...}]");
        for (int k = 0; list != null && k < list.size(); k++) {
            String where = member(at, "diversions") + "[" + k + "]";
            JsonNode d = list.get(k);
            if (!d.isObject()) {
                standIn(where, "expected an object, found " + describe(d) + "; a diversion is {\"route\": ...}");
                continue;
            }
            Obj dO = new Obj(d, where, "a diversion", DIVERSION);
            Route route = dO.enumValue("route", Route.class, true);
            if (route == null) {
                standIns.add(where); // what fits the diversion depends on its route: check none of it
            }
            MediationCategory dc = dO.enumValue("category", MediationCategory.class, false);
            String dm = dO.text("committee", false, "give the committee's organisation id");
            diversions.add(new Diversion(route == null ? Route.OTHER_MEDIATION : route, dc, dm));
        }
        int rank = o.rank();
        target(before).mediation(new MediationRule(domain, min, max, flags,
                category == null ? MediationCategory.PEOPLES : category, orEmpty(committee), orEmpty(level),
                diversions, rank), at);
    }

    private void deliberation(JsonNode node, String at, int before) {
        Obj o = new Obj(node, at, "a deliberation rule", DELIBERATION);
        String category = o.text("category", true, "give the category's code, e.g. \"S02\"");
        DeliberationMode mode = o.enumValue("mode", DeliberationMode.class, true);
        target(before).deliberation(new DeliberationRule(orEmpty(category),
                mode == null ? DeliberationMode.REGULAR : mode), at);
    }

    // ------------------------------------------------------------------ values

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    private void problem(String where, String message) {
        problems.add(new Problem(where, message));
    }

    /** A problem with a value the rule goes on without: a stand-in replaces it. */
    private void standIn(String where, String message) {
        problem(where, message);
        standIns.add(where);
    }

    private <E extends Enum<E>> E enumOf(JsonNode v, String where, Class<E> type) {
        List<String> names = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
        if (!v.isTextual()) {
            standIn(where, "expected one of " + String.join(", ", names) + ", found " + describe(v));
            return null;
        }
        if (!names.contains(v.textValue())) {
            standIn(where, "unknown value '" + excerpt(v.textValue()) + "'; use one of " + String.join(", ", names));
            return null;
        }
        return Enum.valueOf(type, v.textValue());
    }

    /** The path of a member; a name that is not a plain identifier is quoted: {@code $.cycles['a b']}. */
    static String member(String path, String name) {
        boolean plain = !name.isEmpty() && name.length() <= EXCERPT && Character.isLetter(name.charAt(0))
                && name.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '_' || c == '-');
        if (plain) {
            return path + "." + name;
        }
        StringBuilder sb = new StringBuilder(path).append("['");
        excerpt(name).chars().forEach(c -> {
            if (c == '\'' || c == '\\') {
                sb.append('\\').append((char) c);
            } else {
                sb.append(c < 0x20 ? '?' : (char) c);
            }
        });
        return sb.append("']").toString();
    }

    static String excerpt(String text) {
        return text.length() <= EXCERPT ? text : text.substring(0, EXCERPT) + "...(" + text.length() + " chars)";
    }

    /** What a JSON value is, for a message: {@code a number (12)}, {@code an array}, ... */
    static String describe(JsonNode n) {
        if (n.isTextual()) {
            return "a string (\"" + excerpt(n.textValue()) + "\")";
        }
        if (n.isNumber()) {
            return "a number (" + excerpt(n.asText()) + ")";
        }
        return n.isBoolean() ? n.asText() : n.isNull() ? "null" : n.isArray() ? "an array" : "an object";
    }

    /** One JSON object of the file: reports unknown members when created, and each member's problems. */
    private final class Obj {
        private final JsonNode node;
        private final String path;

        Obj(JsonNode node, String path, String what, List<String> allowed) {
            this.node = node;
            this.path = path;
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                if (!allowed.contains(name)) {
                    problem(member(path, name), "unknown member '" + excerpt(name) + "'; " + what + " has only "
                            + String.join(", ", allowed) + " (check the spelling, or remove it)");
                }
            }
        }

        void standIn(String name, String message) {
            RuleSetReader.this.standIn(member(path, name), message);
        }

        /** A member of the expected JSON type, or null if absent or JSON null (a stand-in if required). */
        JsonNode node(String name, boolean required, Predicate<JsonNode> type, String expected, String fix) {
            JsonNode v = node.get(name);
            if (v == null || v.isNull()) {
                if (required) {
                    standIn(name, (v == null ? "missing" : "null") + "; " + fix);
                }
                return null;
            }
            if (!type.test(v)) {
                standIn(name, "expected " + expected + ", found " + describe(v) + "; " + fix);
                return null;
            }
            return v;
        }

        String text(String name, boolean required, String fix) {
            JsonNode v = node(name, required, JsonNode::isTextual, "a string", fix);
            return v == null ? null : v.textValue();
        }

        Long whole(String name, boolean required, String fix) {
            JsonNode v = node(name, required, n -> n.isIntegralNumber() && n.canConvertToLong(), "a whole number", fix);
            return v == null ? null : v.longValue();
        }

        int rank() {
            Long rank = whole("rank", false, "give a whole number from " + Entry.MIN_RANK + " to " + Entry.MAX_RANK
                    + ", or leave it out for 0");
            if (rank != null && (rank < Entry.MIN_RANK || rank > Entry.MAX_RANK)) {
                standIn("rank", "rank " + rank + " is out of range; give " + Entry.MIN_RANK + " to " + Entry.MAX_RANK
                        + " (higher wins between rules at the same specificity)");
                return 0;
            }
            return rank == null ? 0 : rank.intValue();
        }

        /** An amount in yuan with at most two decimals, or null. */
        Money amount(String name) {
            String fix = "give an amount in yuan (at most two decimals) from 0 to 1000000000000, or leave it out for"
                    + " no bound";
            JsonNode v = node(name, false, JsonNode::isNumber, "a number", fix);
            if (v == null) {
                return null;
            }
            if ((v.isDouble() || v.isFloat()) && !Double.isFinite(v.doubleValue())) {
                standIn(name, "expected a number, found " + excerpt(v.asText()) + "; " + fix);
                return null;
            }
            BigDecimal yuan = v.decimalValue();
            if (yuan.signum() < 0 || yuan.compareTo(MAX_YUAN) > 0 || yuan.stripTrailingZeros().scale() > 2) {
                // the number as written (e.g. 1E+2147483647), never toPlainString(), which could need gigabytes
                standIn(name, "the amount " + excerpt(yuan.toString()) + " is not a yuan amount of 0 to"
                        + " 1000000000000 with at most two decimals; " + fix);
                return null;
            }
            return new Money(yuan.movePointRight(2).longValueExact());
        }

        <E extends Enum<E>> E enumValue(String name, Class<E> type, boolean required) {
            JsonNode v = node.get(name);
            if (v == null || v.isNull()) {
                if (required) {
                    standIn(name, (v == null ? "missing" : "null") + "; give one of " + String.join(", ",
                            Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
                }
                return null;
            }
            return enumOf(v, member(path, name), type);
        }

        /** A list of strings; empty if absent; a bad element is a stand-in and left out. */
        List<String> texts(String name, String fix) {
            JsonNode list = node(name, false, JsonNode::isArray, "an array", fix);
            List<String> out = new ArrayList<>();
            for (int k = 0; list != null && k < list.size(); k++) {
                JsonNode v = list.get(k);
                if (v.isTextual()) {
                    out.add(v.textValue());
                } else {
                    RuleSetReader.this.standIn(member(path, name) + "[" + k + "]", "expected a string, found "
                            + describe(v) + "; " + fix);
                    out.add("");
                }
            }
            return out;
        }

        /** A set of enum names; empty if absent; a name listed twice is a problem. */
        <E extends Enum<E>> Set<E> enums(String name, Class<E> type) {
            JsonNode list = node(name, false, JsonNode::isArray, "an array", "list names such as [\""
                    + type.getEnumConstants()[0].name() + "\"], or leave it out for all");
            EnumSet<E> out = EnumSet.noneOf(type);
            for (int k = 0; list != null && k < list.size(); k++) {
                String where = member(path, name) + "[" + k + "]";
                E e = enumOf(list.get(k), where, type);
                if (e != null && !out.add(e)) {
                    problem(where, "'" + e.name() + "' is listed twice; list it once");
                }
            }
            return out;
        }
    }
}
