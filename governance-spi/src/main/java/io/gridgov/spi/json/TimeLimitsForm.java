package io.gridgov.spi.json;

import static io.gridgov.spi.json.JsonPaths.didYouMean;
import static io.gridgov.spi.json.JsonPaths.element;
import static io.gridgov.spi.json.JsonPaths.excerpt;
import static io.gridgov.spi.json.JsonPaths.quoted;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import io.gridgov.core.InvalidInputException;
import io.gridgov.core.cases.Category;
import io.gridgov.core.cases.CategoryTaxonomy;
import io.gridgov.core.cases.Priority;
import io.gridgov.core.cases.Stage;
import io.gridgov.core.cases.TimeLimitPolicy;
import io.gridgov.core.grid.Level;
import io.gridgov.core.grid.LevelScheme;
import io.gridgov.core.mediation.CourtProcedure;
import io.gridgov.core.mediation.DisputeDomain;
import io.gridgov.core.mediation.MediationCategory;
import io.gridgov.core.mediation.MediationLimit;
import io.gridgov.core.mediation.MediationTimeLimits;
import io.gridgov.core.time.TimeLimit;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The JSON form of a {@link TimeLimitsFile}, format {@value #FORMAT} (see {@code docs/time.md}), and of
 * its parts: a {@link TimeLimit} {@code {"amount", "unit"}}, a {@link MediationLimit}, a
 * {@link TimeLimitPolicy} (the {@code "cases"} section) and a {@link MediationTimeLimits} (the
 * {@code "mediation"} section).
 *
 * <p>A case policy names its taxonomy and level scheme by id; they are resolved among the
 * {@link References} the form was made with (the presets, and what the host added).
 */
final class TimeLimitsForm implements DataFileText.Form<TimeLimitsFile> {
    static final String FORMAT = "gridgov.time-limits/1";

    private static final List<String> MEMBERS = List.of("format", "cases", "mediation");
    private static final List<String> CASES_MEMBERS = List.of("taxonomy", "scheme", "limits");
    private static final List<String> CASE_RULE_MEMBERS = List.of("stage", "category", "priority", "level", "limit");
    private static final List<String> LIMIT_MEMBERS = List.of("amount", "unit");
    private static final List<String> MEDIATION_MEMBERS = List.of("otherwise", "confirmationWindow", "limits",
            "applicationWindows");
    private static final List<String> MEDIATION_LIMIT_MEMBERS = List.of("limit", "start", "extendable", "expiry");
    private static final List<String> MEDIATION_RULE_MEMBERS = List.of("category", "domain", "procedure", "limit",
            "start", "extendable", "expiry");
    private static final List<String> WINDOW_RULE_MEMBERS = List.of("category", "domain", "procedure", "window");

    static final String LIMIT_SHAPE = "{\"amount\": 15, \"unit\": \"WORKING_DAYS\"}";
    static final String CASES_SHAPE = "{\"taxonomy\", \"scheme\", \"limits\": [...]}";
    static final String MEDIATION_SHAPE = "{\"otherwise\", \"confirmationWindow\", \"limits\": [...],"
            + " \"applicationWindows\": [...]}";
    private static final String CASE_RULE_SHAPE = "{\"stage\", \"category\", \"priority\", \"level\", \"limit\"}";
    private static final String MEDIATION_LIMIT_SHAPE = "{\"limit\", \"start\", \"extendable\", \"expiry\"}";
    private static final String MEDIATION_RULE_SHAPE = "{\"category\", \"domain\", \"procedure\", \"limit\", \"start\","
            + " \"extendable\", \"expiry\"}";
    private static final String WINDOW_RULE_SHAPE = "{\"category\", \"domain\", \"procedure\", \"window\"}";

    private final References references;

    TimeLimitsForm(References references) {
        this.references = Objects.requireNonNull(references, "references");
    }

    /** The taxonomies and level schemes a case policy may name, by id and key. */
    record References(Map<String, CategoryTaxonomy> taxonomies, Map<String, LevelScheme> schemes) {
        References {
            taxonomies = Map.copyOf(taxonomies);
            schemes = Map.copyOf(schemes);
        }

        /** The preset taxonomy and schemes. */
        static References presets() {
            Map<String, LevelScheme> schemes = new HashMap<>();
            LevelScheme.presets().forEach(s -> schemes.put(s.key(), s));
            CategoryTaxonomy preset = CategoryTaxonomy.urbanAndSocial();
            return new References(Map.of(preset.id(), preset), schemes);
        }

        /** These references and more; an added one replaces a preset of the same id. */
        References with(Collection<CategoryTaxonomy> moreTaxonomies, Collection<LevelScheme> moreSchemes) {
            Map<String, CategoryTaxonomy> t = new HashMap<>(taxonomies);
            moreTaxonomies.forEach(x -> t.put(Objects.requireNonNull(x, "taxonomy").id(), x));
            Map<String, LevelScheme> s = new HashMap<>(schemes);
            moreSchemes.forEach(x -> s.put(Objects.requireNonNull(x, "scheme").key(), x));
            return new References(t, s);
        }
    }

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public String what() {
        return "a time-limits file";
    }

    @Override
    public List<String> members() {
        return MEMBERS;
    }

    @Override
    public String shape() {
        return "{\"format\": \"" + FORMAT + "\", \"cases\": " + CASES_SHAPE + ", \"mediation\": " + MEDIATION_SHAPE + "}";
    }

    @Override
    public TimeLimitsFile read(JsonInput in, JsonInput.Obj top) {
        JsonNode casesNode = top.value("cases", false, "");
        JsonNode mediationNode = top.value("mediation", false, "");
        if (casesNode == null && mediationNode == null) {
            in.problem(top.path(), "the file has neither \"cases\" nor \"mediation\"; give the time limits of cases "
                    + CASES_SHAPE + ", of mediation " + MEDIATION_SHAPE + ", or both");
            return null;
        }
        TimeLimitPolicy cases = casesNode == null ? null : readCases(in, casesNode, top.at("cases"), references);
        MediationTimeLimits mediation = mediationNode == null ? null
                : readMediation(in, mediationNode, top.at("mediation"));
        if ((casesNode != null && cases == null) || (mediationNode != null && mediation == null)) {
            return null;
        }
        return cases == null ? TimeLimitsFile.ofMediation(mediation)
                : mediation == null ? TimeLimitsFile.ofCases(cases) : TimeLimitsFile.of(cases, mediation);
    }

    @Override
    public void writeMembers(TimeLimitsFile file, JsonGenerator gen, LinePrinter layout) throws IOException {
        if (file.cases().isPresent()) {
            gen.writeFieldName("cases");
            writeCases(file.cases().get(), gen, layout);
        }
        if (file.mediation().isPresent()) {
            gen.writeFieldName("mediation");
            writeMediation(file.mediation().get(), gen, layout);
        }
    }

    // ------------------------------------------------------------------ a time limit

    /** A time limit {@code {"amount", "unit"}}; null (with problems) if it cannot be read. */
    static TimeLimit readLimit(JsonInput in, JsonNode node, String path) {
        JsonInput.Obj o = in.object(node, path, "a time limit", LIMIT_SHAPE, LIMIT_MEMBERS);
        if (o == null) {
            return null;
        }
        Long amount = o.integer("amount", true, "give how many units, 1 or more, e.g. 15");
        TimeLimit.Unit unit = o.constant("unit", true, TimeLimit.Unit.class, "unit");
        if (!o.ok()) {
            return null;
        }
        try {
            return new TimeLimit(amount, unit);
        } catch (InvalidInputException e) {
            in.adopt(e, p -> o.at("amount"));
            return null;
        }
    }

    static void writeLimit(TimeLimit limit, JsonGenerator gen) throws IOException {
        gen.writeStartObject();
        gen.writeNumberField("amount", limit.amount());
        gen.writeStringField("unit", limit.unit().name());
        gen.writeEndObject();
    }

    // ------------------------------------------------------------------ cases

    /** The {@code "cases"} section; null (with problems) if it cannot be read. */
    static TimeLimitPolicy readCases(JsonInput in, JsonNode node, String path, References refs) {
        JsonInput.Obj o = in.object(node, path, "the time limits of cases", CASES_SHAPE, CASES_MEMBERS);
        if (o == null) {
            return null;
        }
        int before = in.count();
        CategoryTaxonomy taxonomy = resolve(in, o, "taxonomy", refs.taxonomies(), "the id of the category taxonomy,"
                + " e.g. \"cn-urban-social\"");
        LevelScheme scheme = resolve(in, o, "scheme", refs.schemes(), "the key of the level scheme, e.g."
                + " \"cn-national\"");
        JsonNode list = o.array("limits", true, "list the limits, each " + CASE_RULE_SHAPE + "; every stage needs one"
                + " without category, priority or level");
        if (list == null) {
            return null;
        }
        String listPath = o.at("limits");
        Map<List<Object>, Integer> seen = new HashMap<>();
        List<CaseRule> rules = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            CaseRule r = readCaseRule(in, list.get(i), element(listPath, i), taxonomy, scheme);
            if (r == null) {
                continue;
            }
            Integer first = seen.putIfAbsent(r.key(), i);
            if (first != null) {
                in.problem(r.path, "the same stage and selector as " + element(listPath, first) + " (" + r.stage + ", "
                        + r.selector + "); set each limit once: which one should apply?");
            } else {
                rules.add(r);
            }
        }
        for (Stage s : Stage.values()) {
            if (!seen.containsKey(List.of(s, "", "", ""))) {
                in.problem(listPath, "no default limit for stage " + s + "; add {\"stage\": \"" + s + "\", \"limit\": "
                        + LIMIT_SHAPE + "} without category, priority or level");
            }
        }
        if (in.count() > before || taxonomy == null || scheme == null) {
            return null;
        }
        TimeLimitPolicy.Builder b = TimeLimitPolicy.builder(taxonomy, scheme);
        for (CaseRule r : rules) {
            b.limit(r.stage, r.selector, r.limit);
        }
        try {
            return b.build();
        } catch (InvalidInputException e) {
            in.adopt(e, p -> listPath); // not reached: every rule the builder checks is checked above
            return null;
        }
    }

    private static <T> T resolve(JsonInput in, JsonInput.Obj o, String name, Map<String, T> known, String fix) {
        String id = o.string(name, true, "give " + fix);
        if (id == null) {
            return null;
        }
        T found = known.get(id);
        if (found == null) {
            in.problem(o.at(name), "unknown " + name + " '" + excerpt(id) + "'" + didYouMean(id, known.keySet())
                    + "; the codec knows " + quoted(known.keySet().stream().sorted().toList()) + "; give the codec the "
                    + name + " the file names (DataFileCodec.timeLimits(taxonomies, schemes)), or correct the id");
        }
        return found;
    }

    private static CaseRule readCaseRule(JsonInput in, JsonNode node, String path, CategoryTaxonomy taxonomy,
            LevelScheme scheme) {
        JsonInput.Obj o = in.object(node, path, "a limit", CASE_RULE_SHAPE, CASE_RULE_MEMBERS);
        if (o == null) {
            return null;
        }
        Stage stage = o.constant("stage", true, Stage.class, "stage");
        String category = o.string("category", false, "give a category code, e.g. \"C02\", or leave it out for any");
        if (category != null && taxonomy != null && !taxonomy.contains(category)) {
            List<String> codes = taxonomy.categories().stream().map(Category::code).toList();
            in.problem(o.at("category"), "category '" + excerpt(category) + "' is not in taxonomy '" + taxonomy.id() + "'"
                    + didYouMean(category, codes) + "; use one of its codes, or leave \"category\" out for any");
        }
        Priority priority = o.constant("priority", false, Priority.class, "priority");
        String level = o.string("level", false, "give a level key, e.g. \"street\", or leave it out for any");
        if (level != null && scheme != null && scheme.findLevel(level).isEmpty()) {
            List<String> keys = scheme.levels().stream().map(Level::key).toList();
            in.problem(o.at("level"), "level '" + excerpt(level) + "' is not in scheme '" + scheme.key() + "'"
                    + didYouMean(level, keys) + "; use one of " + quoted(keys) + ", or leave \"level\" out for any");
        }
        JsonNode limitNode = o.value("limit", true, "give the limit, e.g. " + LIMIT_SHAPE);
        TimeLimit limit = limitNode == null ? null : readLimit(in, limitNode, o.at("limit"));
        if (stage == null || limit == null || (o.has("priority") && priority == null)) {
            return null;
        }
        TimeLimitPolicy.Selector selector = TimeLimitPolicy.Selector.all();
        if (category != null) {
            selector = selector.category(category);
        }
        if (priority != null) {
            selector = selector.priority(priority);
        }
        if (level != null) {
            selector = selector.level(level);
        }
        return new CaseRule(path, stage, selector, limit);
    }

    private record CaseRule(String path, Stage stage, TimeLimitPolicy.Selector selector, TimeLimit limit) {
        /** The stage and the selector, "" for what is left open. */
        List<Object> key() {
            return List.of(stage, selector.categoryCode().orElse(""), selector.priorityValue().<Object>map(p -> p)
                    .orElse(""), selector.levelKey().orElse(""));
        }
    }

    static void writeCases(TimeLimitPolicy policy, JsonGenerator gen, LinePrinter layout) throws IOException {
        CategoryTaxonomy taxonomy = policy.taxonomy();
        LevelScheme scheme = policy.scheme();
        Comparator<TimeLimitPolicy.Selector> order = Comparator
                .comparingInt((TimeLimitPolicy.Selector s) -> s.categoryCode().map(taxonomy::indexOf).orElse(-1))
                .thenComparingInt(s -> s.priorityValue().map(Enum::ordinal).orElse(-1))
                .thenComparingInt(s -> s.levelKey().flatMap(scheme::findLevel).map(Level::index).orElse(-1));
        layout.breakNext();
        gen.writeStartObject();
        gen.writeStringField("taxonomy", taxonomy.id());
        gen.writeStringField("scheme", scheme.key());
        gen.writeFieldName("limits");
        layout.breakNext();
        gen.writeStartArray();
        Map<Stage, Map<TimeLimitPolicy.Selector, TimeLimit>> limits = policy.limits();
        for (Stage stage : Stage.values()) {
            List<Map.Entry<TimeLimitPolicy.Selector, TimeLimit>> rules = new ArrayList<>(limits.get(stage).entrySet());
            rules.sort(Map.Entry.comparingByKey(order));
            for (Map.Entry<TimeLimitPolicy.Selector, TimeLimit> r : rules) {
                TimeLimitPolicy.Selector s = r.getKey();
                gen.writeStartObject();
                gen.writeStringField("stage", stage.name());
                if (s.categoryCode().isPresent()) {
                    gen.writeStringField("category", s.categoryCode().get());
                }
                if (s.priorityValue().isPresent()) {
                    gen.writeStringField("priority", s.priorityValue().get().name());
                }
                if (s.levelKey().isPresent()) {
                    gen.writeStringField("level", s.levelKey().get());
                }
                gen.writeFieldName("limit");
                writeLimit(r.getValue(), gen);
                gen.writeEndObject();
            }
        }
        gen.writeEndArray();
        gen.writeEndObject();
    }

    // ------------------------------------------------------------------ mediation

    /** The {@code "mediation"} section; null (with problems) if it cannot be read. */
    static MediationTimeLimits readMediation(JsonInput in, JsonNode node, String path) {
        JsonInput.Obj o = in.object(node, path, "the time limits of mediation", MEDIATION_SHAPE, MEDIATION_MEMBERS);
        if (o == null) {
            return null;
        }
        int before = in.count();
        JsonNode otherwiseNode = o.value("otherwise", true, "give the limit of a mediation no rule names, e.g. {\"limit\":"
                + " {\"amount\": 1, \"unit\": \"CALENDAR_MONTHS\"}, \"start\": \"ACCEPTANCE\", \"extendable\": true,"
                + " \"expiry\": \"WARNS\"}");
        MediationLimit otherwise = otherwiseNode == null ? null : readMediationLimit(in, otherwiseNode, o.at("otherwise"));
        JsonNode windowNode = o.value("confirmationWindow", true, "give the window for applying for judicial"
                + " confirmation, by law {\"amount\": 30, \"unit\": \"CALENDAR_DAYS\"}");
        TimeLimit confirmation = windowNode == null ? null : readLimit(in, windowNode, o.at("confirmationWindow"));
        MediationTimeLimits.Builder b = MediationTimeLimits.builder();
        Map<String, String> pathOfRule = new HashMap<>();
        readRules(in, o, "limits", (ruleObject, selector) -> {
            MediationLimit limit = readMediationLimitMembers(in, ruleObject);
            if (limit != null && selector != null) {
                b.limit(selector, limit);
            }
        }, MEDIATION_RULE_SHAPE, MEDIATION_RULE_MEMBERS, pathOfRule);
        readRules(in, o, "applicationWindows", (ruleObject, selector) -> {
            JsonNode w = ruleObject.value("window", true, "give the window, e.g. {\"amount\": 10, \"unit\":"
                    + " \"CALENDAR_DAYS\"}");
            TimeLimit window = w == null ? null : readLimit(in, w, ruleObject.at("window"));
            if (window != null && selector != null) {
                b.applicationWindow(selector, window);
            }
        }, WINDOW_RULE_SHAPE, WINDOW_RULE_MEMBERS, pathOfRule);
        if (in.count() > before) {
            return null;
        }
        try {
            return b.otherwise(otherwise).confirmationWindow(confirmation).build();
        } catch (InvalidInputException e) {
            // the builder keys a rule's problems by list name and selector, e.g. "limits[category=PEOPLES]"
            in.adopt(e, p -> pathOfRule.getOrDefault(p.where(), o.path()));
            return null;
        }
    }

    /** Reads the rest of one rule, given its object and its selector (null if the selector is bad). */
    @FunctionalInterface
    private interface RuleBody {
        void read(JsonInput.Obj rule, MediationTimeLimits.Selector selector);
    }

    private static void readRules(JsonInput in, JsonInput.Obj o, String name, RuleBody body, String shape,
            List<String> members, Map<String, String> pathOfRule) {
        JsonNode list = o.array(name, false, "list the rules, each " + shape);
        if (list == null) {
            return;
        }
        String listPath = o.at(name);
        Map<MediationTimeLimits.Selector, Integer> seen = new LinkedHashMap<>();
        for (int i = 0; i < list.size(); i++) {
            String path = element(listPath, i);
            JsonInput.Obj rule = in.object(list.get(i), path, "a rule", shape, members);
            if (rule == null) {
                continue;
            }
            MediationTimeLimits.Selector selector = readSelector(in, rule);
            if (selector != null) {
                Integer first = seen.putIfAbsent(selector, i);
                if (first != null) {
                    in.problem(path, "the same selector " + selector + " as " + element(listPath, first)
                            + "; keep one rule per selector: which one should apply?");
                    selector = null;
                } else {
                    pathOfRule.put(name + selector, path);
                }
            }
            body.read(rule, selector);
        }
    }

    private static MediationTimeLimits.Selector readSelector(JsonInput in, JsonInput.Obj rule) {
        MediationCategory category = rule.constant("category", false, MediationCategory.class, "mediation category");
        String domainCode = rule.string("domain", false, "give a dispute domain, e.g. \"labour\", or leave it out");
        DisputeDomain domain = null;
        if (domainCode != null) {
            try {
                domain = DisputeDomain.of(domainCode);
            } catch (InvalidInputException e) {
                in.adopt(e, p -> rule.at("domain"));
            }
        }
        CourtProcedure procedure = rule.constant("procedure", false, CourtProcedure.class, "court procedure");
        if (rule.has("category") && category == null || domainCode != null && domain == null
                || rule.has("procedure") && procedure == null) {
            return null;
        }
        if (category == null && domain == null && procedure == null) {
            in.problem(rule.path(), "the rule names no category, domain or procedure, so it would apply to every"
                    + " mediation; name at least one, or make it the section's \"otherwise\"");
            return null;
        }
        MediationTimeLimits.Selector s = MediationTimeLimits.Selector.any();
        if (category != null) {
            s = s.category(category);
        }
        if (domain != null) {
            s = s.domain(domain);
        }
        if (procedure != null) {
            s = s.procedure(procedure);
        }
        return s;
    }

    /** A mediation limit as an object of its own {@code {"limit", "start", "extendable", "expiry"}}. */
    static MediationLimit readMediationLimit(JsonInput in, JsonNode node, String path) {
        JsonInput.Obj o = in.object(node, path, "a mediation limit", MEDIATION_LIMIT_SHAPE, MEDIATION_LIMIT_MEMBERS);
        return o == null ? null : readMediationLimitMembers(in, o);
    }

    /** The members of a mediation limit, in its own object or in a rule's. */
    private static MediationLimit readMediationLimitMembers(JsonInput in, JsonInput.Obj o) {
        JsonNode limitNode = o.value("limit", true, "give the limit, e.g. {\"amount\": 15, \"unit\": \"CALENDAR_DAYS\"}");
        TimeLimit limit = limitNode == null ? null : readLimit(in, limitNode, o.at("limit"));
        MediationLimit.Start start = o.constant("start", true, MediationLimit.Start.class, "start");
        Boolean extendable = o.bool("extendable", "say whether the parties may extend the limit by consent");
        MediationLimit.Expiry expiry = o.constant("expiry", true, MediationLimit.Expiry.class, "expiry");
        return limit == null || start == null || extendable == null || expiry == null ? null
                : new MediationLimit(limit, start, extendable, expiry);
    }

    static void writeMediation(MediationTimeLimits m, JsonGenerator gen, LinePrinter layout) throws IOException {
        layout.breakNext();
        gen.writeStartObject();
        gen.writeFieldName("otherwise");
        writeMediationLimit(m.otherwise(), gen);
        gen.writeFieldName("confirmationWindow");
        writeLimit(m.confirmationWindow(), gen);
        if (!m.limits().isEmpty()) {
            gen.writeFieldName("limits");
            layout.breakNext();
            gen.writeStartArray();
            for (Map.Entry<MediationTimeLimits.Selector, MediationLimit> r : ordered(m.limits())) {
                gen.writeStartObject();
                writeSelector(r.getKey(), gen);
                writeMediationLimitMembers(r.getValue(), gen);
                gen.writeEndObject();
            }
            gen.writeEndArray();
        }
        if (!m.applicationWindows().isEmpty()) {
            gen.writeFieldName("applicationWindows");
            layout.breakNext();
            gen.writeStartArray();
            for (Map.Entry<MediationTimeLimits.Selector, TimeLimit> r : ordered(m.applicationWindows())) {
                gen.writeStartObject();
                writeSelector(r.getKey(), gen);
                gen.writeFieldName("window");
                writeLimit(r.getValue(), gen);
                gen.writeEndObject();
            }
            gen.writeEndArray();
        }
        gen.writeEndObject();
    }

    /** Rules in the canonical order: by category (none first), then domain code, then procedure. */
    private static <V> List<Map.Entry<MediationTimeLimits.Selector, V>> ordered(
            List<Map.Entry<MediationTimeLimits.Selector, V>> rules) {
        List<Map.Entry<MediationTimeLimits.Selector, V>> out = new ArrayList<>(rules);
        out.sort(Map.Entry.comparingByKey(Comparator
                .comparingInt((MediationTimeLimits.Selector s) -> s.categoryIfNamed().map(Enum::ordinal).orElse(-1))
                .thenComparing(s -> s.domainIfNamed().map(DisputeDomain::code).orElse(""))
                .thenComparingInt(s -> s.procedureIfNamed().map(Enum::ordinal).orElse(-1))));
        return out;
    }

    private static void writeSelector(MediationTimeLimits.Selector s, JsonGenerator gen) throws IOException {
        if (s.categoryIfNamed().isPresent()) {
            gen.writeStringField("category", s.categoryIfNamed().get().name());
        }
        if (s.domainIfNamed().isPresent()) {
            gen.writeStringField("domain", s.domainIfNamed().get().code());
        }
        if (s.procedureIfNamed().isPresent()) {
            gen.writeStringField("procedure", s.procedureIfNamed().get().name());
        }
    }

    static void writeMediationLimit(MediationLimit limit, JsonGenerator gen) throws IOException {
        gen.writeStartObject();
        writeMediationLimitMembers(limit, gen);
        gen.writeEndObject();
    }

    private static void writeMediationLimitMembers(MediationLimit limit, JsonGenerator gen) throws IOException {
        gen.writeFieldName("limit");
        writeLimit(limit.limit(), gen);
        gen.writeStringField("start", limit.start().name());
        gen.writeBooleanField("extendable", limit.extendable());
        gen.writeStringField("expiry", limit.expiry().name());
    }
}
