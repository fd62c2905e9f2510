package io.gridgov.spi.json;

import static io.gridgov.spi.json.JsonPaths.element;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import io.gridgov.core.InvalidInputException;
import io.gridgov.core.Problem;
import io.gridgov.core.cases.Category;
import io.gridgov.core.cases.CategoryTaxonomy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The JSON form of a {@link CategoryTaxonomy}, format {@value #FORMAT} (see {@code docs/taxonomy.md}):
 * the id and a flat list of categories, each naming its parent, written in the taxonomy's pre-order.
 *
 * <p>Reading checks each category's members, and each code, name and English name on its own with
 * {@link Category}'s checks (so a problem lands on the member at fault); then the taxonomy's own
 * {@linkplain CategoryTaxonomy.Builder#build() checks} (codes used twice, unknown parents, codes that do
 * not extend their parent's) with their problems moved to the paths of the categories they concern.
 */
final class TaxonomyForm implements DataFileText.Form<CategoryTaxonomy> {
    static final String FORMAT = "gridgov.taxonomy/1";
    static final TaxonomyForm INSTANCE = new TaxonomyForm();

    private static final List<String> MEMBERS = List.of("format", "id", "categories");
    private static final List<String> CATEGORY_MEMBERS = List.of("code", "parent", "name", "englishName");
    private static final String CATEGORY_SHAPE = "{\"code\", \"parent\", \"name\", \"englishName\"}";
    /** Stands in for a member that has a problem of its own while the rest of the taxonomy is checked. */
    private static final String STAND_IN = "X";

    private TaxonomyForm() {
    }

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public String what() {
        return "a taxonomy file";
    }

    @Override
    public List<String> members() {
        return MEMBERS;
    }

    @Override
    public String shape() {
        return "{\"format\": \"" + FORMAT + "\", \"id\": \"city-x\", \"categories\": [" + CATEGORY_SHAPE + ", ...]}";
    }

    @Override
    public CategoryTaxonomy read(JsonInput in, JsonInput.Obj top) {
        String id = top.string("id", true, "give the taxonomy a stable id, e.g. \"cn-urban-social\"");
        JsonNode list = top.array("categories", true, "list the categories, each " + CATEGORY_SHAPE
                + ", parents and children in any order");
        if (list == null) {
            return null;
        }
        int before = in.count();
        String listPath = top.at("categories");
        List<Entry> entries = new ArrayList<>();
        Set<String> badCodes = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            Entry e = readEntry(in, list.get(i), element(listPath, i));
            if (e == null) {
                continue;
            }
            if (e.code == null || !wellFormed(e.code)) {
                if (e.code != null) {
                    badCodes.add(e.code);
                }
                continue;
            }
            entries.add(e);
        }
        CategoryTaxonomy.Builder b = CategoryTaxonomy.builder(id == null ? "?" : id);
        for (Entry e : entries) {
            // a category whose parent is reported already (a bad code) is checked as a root, not twice
            String parent = e.parent != null && badCodes.contains(e.parent) ? null : e.parent;
            b.add(e.code, parent, e.nameOk ? e.name : STAND_IN, e.englishNameOk ? e.englishName : STAND_IN);
        }
        try {
            CategoryTaxonomy taxonomy = b.build();
            return in.count() == before ? taxonomy : null;
        } catch (InvalidInputException ex) {
            adopt(in, ex, top, id != null, entries, listPath);
            return null;
        }
    }

    /** Moves the builder's problems (keyed by code, "id" or "categories") to JSON paths. */
    private static void adopt(JsonInput in, InvalidInputException ex, JsonInput.Obj top, boolean haveId,
            List<Entry> entries, String listPath) {
        Map<String, List<Entry>> byCode = new HashMap<>();
        for (Entry e : entries) {
            byCode.computeIfAbsent(e.code, k -> new ArrayList<>()).add(e);
        }
        Map<String, Integer> duplicatesSeen = new HashMap<>();
        for (Problem p : ex.problems()) {
            String where = p.where();
            List<Entry> withCode = byCode.get(where);
            if (where.equals("id")) {
                if (haveId) {
                    in.problem(top.at("id"), p.message());
                }
            } else if (withCode != null && p.message().startsWith("code used twice")) {
                // reported once for each later category with the code, in order
                int k = duplicatesSeen.merge(where, 1, Integer::sum);
                in.problem(JsonPaths.member(withCode.get(Math.min(k, withCode.size() - 1)).path, "code"), p.message());
            } else if (withCode != null) {
                in.problem(JsonPaths.member(withCode.get(0).path, "parent"), p.message());
            } else if (where.equals("categories")) {
                in.problem(listPath, "the list is empty; a taxonomy has at least one category (a root, without"
                        + " \"parent\")");
            } else {
                in.problem(top.path(), p.toString());
            }
        }
    }

    private static Entry readEntry(JsonInput in, JsonNode node, String path) {
        JsonInput.Obj o = in.object(node, path, "a category", CATEGORY_SHAPE, CATEGORY_MEMBERS);
        if (o == null) {
            return null;
        }
        Entry e = new Entry(path,
                o.string("code", true, "give the category's code, upper-case letters and digits, e.g. \"C0201\""),
                o.string("parent", false, "give the parent's code, or leave \"parent\" out for a root"),
                o.string("name", true, "give the Chinese display name, e.g. \"道路破损\""),
                o.string("englishName", true, "give the English name, e.g. \"road surface damage\""));
        // each part checked alone by Category's own rules, the others standing in, so the problem has its path
        if (e.code != null) {
            check(in, o.at("code"), e.code, STAND_IN, STAND_IN);
        }
        e.nameOk = e.name != null && check(in, o.at("name"), STAND_IN, e.name, STAND_IN);
        e.englishNameOk = e.englishName != null && check(in, o.at("englishName"), STAND_IN, STAND_IN, e.englishName);
        return e;
    }

    private static boolean check(JsonInput in, String path, String code, String name, String englishName) {
        try {
            new Category(code, name, englishName);
            return true;
        } catch (InvalidInputException ex) {
            in.adopt(ex, p -> path);
            return false;
        }
    }

    private static boolean wellFormed(String code) {
        try {
            new Category(code, STAND_IN, STAND_IN);
            return true;
        } catch (InvalidInputException ex) {
            return false;
        }
    }

    @Override
    public void writeMembers(CategoryTaxonomy taxonomy, JsonGenerator gen, LinePrinter layout) throws IOException {
        gen.writeStringField("id", taxonomy.id());
        gen.writeFieldName("categories");
        layout.breakNext();
        gen.writeStartArray();
        for (int i = 0; i < taxonomy.size(); i++) {
            Category c = taxonomy.category(i);
            int parent = taxonomy.parentIndex(i);
            gen.writeStartObject();
            gen.writeStringField("code", c.code());
            if (parent >= 0) {
                gen.writeStringField("parent", taxonomy.category(parent).code());
            }
            gen.writeStringField("name", c.name());
            gen.writeStringField("englishName", c.englishName());
            gen.writeEndObject();
        }
        gen.writeEndArray();
    }

    /** One category as read, before the taxonomy is built. */
    private static final class Entry {
        final String path;
        final String code;
        final String parent;
        final String name;
        final String englishName;
        boolean nameOk;
        boolean englishNameOk;

        Entry(String path, String code, String parent, String name, String englishName) {
            this.path = path;
            this.code = code;
            this.parent = parent;
            this.name = name;
            this.englishName = englishName;
        }
    }
}
