package io.gridgov.core.cases;

import io.gridgov.core.ErrorCode;
import io.gridgov.core.InvalidInputException;
import io.gridgov.core.NotFoundException;
import io.gridgov.core.Problem;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A tree of {@link Category categories} that cases are filed under, such as the digital
 * urban-management classes of events and components, or a city's own classes of residents' demands.
 * Routing rules and time-limit policies target a category and, through {@link #isAncestorOrSelf},
 * everything below it.
 *
 * <h2>Codes</h2>
 * A code is 1 to {@value Category#MAX_CODE_LENGTH} characters {@code A-Z} and {@code 0-9}, unique in
 * the taxonomy. A child's code <em>strictly extends</em> its parent's: it starts with the parent's code
 * and has at least one more character ({@code C} → {@code C02} → {@code C0201}), the way an area
 * code extends its parent's. Parent links therefore always point to a shorter code, so they cannot
 * form a cycle.
 *
 * <h2>Two ways to ask</h2>
 * The code-based queries ({@link #find}, {@link #children}, {@link #ancestors}, ...) return
 * {@link Category} values. Code compiled against a taxonomy (routing tables, time-limit policies) uses
 * <em>indexes</em>: {@link #indexOf(String)} turns a code into its position in {@link #categories()}
 * once; {@link #parentIndex(int)} and {@link #category(int)} then answer without a look-up. Indexes
 * are valid only for the taxonomy that produced them.
 *
 * <h2>Order</h2>
 * Categories are kept in depth-first pre-order, siblings in ascending code order: a parent always
 * comes before its children, and the categories below one form a contiguous run after it.
 *
 * <p>Immutable and thread-safe. Two taxonomies are equal when they have the same id and the same
 * categories under the same parents.
 */
public final class CategoryTaxonomy {
    /** The longest taxonomy id. */
    public static final int MAX_ID_LENGTH = 64;

    private final String id;
    /** Every category, in pre-order. */
    private final List<Category> categories;
    private final int[] parent;
    /** The end of each category's subtree: the subtree of {@code i} is {@code [i, end[i])}. */
    private final int[] end;
    private final int[] depth;
    private final Map<String, Integer> index;
    private final List<Category> roots;
    private final List<Category> leaves;

    private CategoryTaxonomy(String id, List<Category> categories, int[] parent) {
        this.id = id;
        this.categories = List.copyOf(categories);
        this.parent = parent;
        int n = parent.length;
        this.end = new int[n];
        this.depth = new int[n];
        Map<String, Integer> byCode = new HashMap<>(Math.max(16, n * 2));
        List<Category> rootList = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            byCode.put(this.categories.get(i).code(), i);
            end[i] = 1;
            if (parent[i] < 0) {
                rootList.add(this.categories.get(i));
            } else {
                depth[i] = depth[parent[i]] + 1; // pre-order: the parent is already done
            }
        }
        for (int i = n - 1; i > 0; i--) {
            if (parent[i] >= 0) {
                end[parent[i]] += end[i];
            }
        }
        List<Category> leafList = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            end[i] += i;
            if (end[i] == i + 1) {
                leafList.add(this.categories.get(i));
            }
        }
        this.index = Map.copyOf(byCode);
        this.roots = List.copyOf(rootList);
        this.leaves = List.copyOf(leafList);
    }

    /**
     * Starts a taxonomy.
     *
     * @param id a stable identifier, e.g. {@code "cn-urban-social"}; not blank, at most
     *           {@value #MAX_ID_LENGTH} characters (checked by {@link Builder#build()})
     * @return a new builder
     * @throws NullPointerException if {@code id} is {@code null}
     */
    public static Builder builder(String id) {
        return new Builder(Objects.requireNonNull(id, "id"));
    }

    /**
     * The preset of urban-management and social-governance categories, id {@code "cn-urban-social"},
     * with three roots: {@code E} 城市管理事件 (urban-management events) and {@code C} 城市管理部件
     * (urban-management components), whose classes follow the digital urban-management standard
     * (GB/T 30428.2, formerly CJ/T 214), and {@code S} 社会治理 (social governance), the demands residents
     * bring to a grid. Each of the 16 classes ({@code E01}..{@code E05}, {@code C01}..{@code C05},
     * {@code S01}..{@code S06}) has subclasses whose codes add two digits, such as {@code C0201}
     * 道路破损 (road surface damage). The subclass numbers are this preset's own, not the standard's.
     * The full table is in {@code docs/taxonomy.md}.
     *
     * @return the shared preset, built once
     */
    public static CategoryTaxonomy urbanAndSocial() {
        return UrbanAndSocial.INSTANCE;
    }

    /** The taxonomy's stable id. */
    public String id() {
        return id;
    }

    /** The number of categories. */
    public int size() {
        return categories.size();
    }

    /**
     * Whether a category has this code.
     *
     * @param code any text
     * @return whether the taxonomy holds a category with exactly this code
     */
    public boolean contains(String code) {
        return indexOf(code) >= 0;
    }

    /**
     * The category with a code, if any.
     *
     * @param code any text
     * @return the category, or empty if none has this code
     */
    public Optional<Category> find(String code) {
        int i = indexOf(code);
        return i < 0 ? Optional.empty() : Optional.of(categories.get(i));
    }

    /**
     * The category with a code that must exist.
     *
     * @param code a category code
     * @return the category
     * @throws NotFoundException if no category has this code; the message names the taxonomy
     */
    public Category require(String code) {
        return categories.get(requireIndex(code));
    }

    /**
     * The parent of a category.
     *
     * @param code a category code
     * @return the parent, or empty for a root
     * @throws NotFoundException if no category has this code
     */
    public Optional<Category> parent(String code) {
        int p = parent[requireIndex(code)];
        return p < 0 ? Optional.empty() : Optional.of(categories.get(p));
    }

    /**
     * The children of a category, in ascending code order.
     *
     * @param code a category code
     * @return the children; empty for a leaf
     * @throws NotFoundException if no category has this code
     */
    public List<Category> children(String code) {
        int i = requireIndex(code);
        List<Category> out = new ArrayList<>();
        for (int c = i + 1; c < end[i]; c = end[c]) {
            out.add(categories.get(c));
        }
        return List.copyOf(out);
    }

    /** The categories without a parent, in ascending code order. */
    public List<Category> roots() {
        return roots;
    }

    /**
     * The path from a category up to its root: the category itself first, its root last.
     *
     * @param code a category code
     * @return the path; one element for a root
     * @throws NotFoundException if no category has this code
     */
    public List<Category> ancestors(String code) {
        int i = requireIndex(code);
        List<Category> out = new ArrayList<>(depth[i] + 1);
        for (int x = i; x >= 0; x = parent[x]) {
            out.add(categories.get(x));
        }
        return List.copyOf(out);
    }

    /**
     * Whether {@code code} is {@code ancestor} or lies below it: the test behind a rule that targets a
     * category and everything in it. O(1).
     *
     * @param ancestor the code of the enclosing category
     * @param code     the code of the category tested
     * @return whether {@code code} equals {@code ancestor} or is a descendant of it
     * @throws NotFoundException if either code is unknown
     */
    public boolean isAncestorOrSelf(String ancestor, String code) {
        int a = requireIndex(ancestor);
        int c = requireIndex(code);
        return a <= c && c < end[a];
    }

    /**
     * How far below its root a category is.
     *
     * @param code a category code
     * @return 0 for a root, 1 for its children, ...
     * @throws NotFoundException if no category has this code
     */
    public int depth(String code) {
        return depth[requireIndex(code)];
    }

    /**
     * Every category in depth-first pre-order, siblings in ascending code order: a parent always
     * before its children. The position of a category in this list is its index.
     */
    public List<Category> categories() {
        return categories;
    }

    /** The categories without children, in pre-order: the ones a case is usually filed under. */
    public List<Category> leaves() {
        return leaves;
    }

    // ---------------------------------------------------------------- indexes (compiled look-ups)

    /**
     * The index of a category: its position in {@link #categories()}.
     *
     * @param code any text
     * @return the index, or -1 if no category has this code
     */
    public int indexOf(String code) {
        Integer i = index.get(Objects.requireNonNull(code, "code"));
        return i == null ? -1 : i;
    }

    /**
     * The index of a category's parent.
     *
     * @param index a category's index, {@code 0} to {@code size() - 1}
     * @return the parent's index, or -1 for a root
     * @throws IndexOutOfBoundsException if {@code index} is not a category's index
     */
    public int parentIndex(int index) {
        checkIndex(index);
        return parent[index];
    }

    /**
     * The category at an index.
     *
     * @param index a category's index, {@code 0} to {@code size() - 1}
     * @return the category
     * @throws IndexOutOfBoundsException if {@code index} is not a category's index
     */
    public Category category(int index) {
        checkIndex(index);
        return categories.get(index);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CategoryTaxonomy other && id.equals(other.id) && categories.equals(other.categories)
                && Arrays.equals(parent, other.parent);
    }

    @Override
    public int hashCode() {
        return (id.hashCode() * 31 + categories.hashCode()) * 31 + Arrays.hashCode(parent);
    }

    /** Renders as {@code CategoryTaxonomy[cn-urban-social, 121 categories]}. */
    @Override
    public String toString() {
        return "CategoryTaxonomy[" + id + ", " + size() + (size() == 1 ? " category]" : " categories]");
    }

    private int requireIndex(String code) {
        int i = indexOf(code);
        if (i < 0) {
            throw new NotFoundException("no category '" + Category.echo(code) + "' in taxonomy '" + id + "' ("
                    + size() + " categories); check the code (upper-case letters and digits, e.g. "
                    + leaves.get(0).code() + "), or add the category to the taxonomy");
        }
        return i;
    }

    private void checkIndex(int i) {
        if (i < 0 || i >= parent.length) {
            throw new IndexOutOfBoundsException("index " + i + " is not a category of taxonomy '" + id + "', which has "
                    + parent.length + " (0 to " + (parent.length - 1) + "); take indexes from indexOf() on the same"
                    + " taxonomy");
        }
    }

    /**
     * Collects categories and builds a {@link CategoryTaxonomy}. Categories may be added in any order
     * (a child before its parent too); {@link #build()} checks the whole and reports every problem at
     * once. Not thread-safe; {@code build()} may be called more than once.
     */
    public static final class Builder {
        private final String id;
        private final List<Draft> drafts = new ArrayList<>();

        private Builder(String id) {
            this.id = id;
        }

        /**
         * Adds a category. Its fields are checked by {@link #build()}, with everything else.
         *
         * @param code        the category's code, e.g. {@code "C0201"}
         * @param parentCode  the parent's code, e.g. {@code "C02"}, or {@code null} for a root
         * @param name        the Chinese display name, e.g. {@code "道路破损"}
         * @param englishName the English name, e.g. {@code "road surface damage"}
         * @return this builder
         * @throws NullPointerException if {@code code}, {@code name} or {@code englishName} is {@code null}
         */
        public Builder add(String code, String parentCode, String name, String englishName) {
            drafts.add(new Draft(Objects.requireNonNull(code, "code"), parentCode, Objects.requireNonNull(name, "name"),
                    Objects.requireNonNull(englishName, "englishName")));
            return this;
        }

        /**
         * Checks everything and builds the taxonomy.
         *
         * @return the taxonomy
         * @throws InvalidInputException ({@link ErrorCode#INVALID_TAXONOMY}) listing every problem, in this
         *                               order: a bad id or no categories at all; then per category in the
         *                               order added, a bad code, name or English name and a code used
         *                               twice; then per category, a parent that is not in the taxonomy and
         *                               a code that does not extend its parent's. A problem's
         *                               {@code where} is the category's code, or {@code "category"} when
         *                               the code itself is bad, {@code "id"} or {@code "categories"}
         */
        public CategoryTaxonomy build() {
            List<Problem> problems = new ArrayList<>();
            checkId(problems);
            int n = drafts.size();
            if (n == 0) {
                problems.add(new Problem("categories", "the taxonomy has no categories; add at least one root"
                        + " with add(code, null, name, englishName)"));
            }
            Map<String, Integer> byCode = new HashMap<>(Math.max(16, n * 2));
            boolean[] checked = new boolean[n];
            for (int i = 0; i < n; i++) {
                Draft d = drafts.get(i);
                problems.addAll(Category.problems(d.code(), d.name(), d.englishName()));
                if (!Category.isWellFormed(d.code())) {
                    continue; // reported; nothing more can be said about a category without a code
                }
                Integer first = byCode.putIfAbsent(d.code(), i);
                if (first != null) {
                    problems.add(new Problem(d.code(), "code used twice: by '" + Category.echo(drafts.get(first).name())
                            + "' and by '" + Category.echo(d.name()) + "'; codes must be unique, renumber one of them"));
                } else {
                    checked[i] = true;
                }
            }
            int[] parentOf = new int[n];
            for (int i = 0; i < n; i++) {
                parentOf[i] = -1;
                Draft d = drafts.get(i);
                if (!checked[i] || d.parentCode() == null) {
                    continue;
                }
                String pc = d.parentCode();
                Integer p = byCode.get(pc);
                if (pc.equals(d.code())) {
                    problems.add(new Problem(d.code(), "the category names itself as its parent; give the code of the"
                            + " category it belongs to, or null to make it a root"));
                } else if (p == null) {
                    problems.add(new Problem(d.code(), "parent '" + Category.echo(pc) + "' is not in the taxonomy; add"
                            + " that category, or correct the parent code (null makes a root)"));
                } else if (!(d.code().length() > pc.length() && d.code().startsWith(pc))) {
                    problems.add(new Problem(d.code(), "code does not extend its parent's code " + pc + ": a child's"
                            + " code is its parent's code followed by at least one more character (C02 -> C0201);"
                            + " renumber it under " + pc + " or correct its parent"));
                } else {
                    parentOf[i] = p;
                }
            }
            if (!problems.isEmpty()) {
                throw new InvalidInputException(ErrorCode.INVALID_TAXONOMY,
                        "category taxonomy '" + Category.echo(id) + "' is invalid", problems);
            }
            return layOut(parentOf);
        }

        private void checkId(List<Problem> problems) {
            if (id.isBlank()) {
                problems.add(new Problem("id", "the taxonomy id is blank; give a stable identifier such as"
                        + " cn-urban-social"));
            } else if (id.codePointCount(0, id.length()) > MAX_ID_LENGTH) {
                problems.add(new Problem("id", "the taxonomy id '" + Category.echo(id) + "' has "
                        + id.codePointCount(0, id.length()) + " characters; shorten it to at most " + MAX_ID_LENGTH));
            } else if (id.chars().anyMatch(Character::isISOControl)) {
                problems.add(new Problem("id", "the taxonomy id contains a control character; use printable"
                        + " characters such as cn-urban-social"));
            }
        }

        /**
         * Orders the validated categories in pre-order. Every parent link points to a strictly shorter
         * code, so the links form a forest; the walk starts from the roots and can reach each category
         * only once, so it cannot loop whatever the input.
         */
        private CategoryTaxonomy layOut(int[] parentOf) {
            int n = parentOf.length;
            Integer[] byCodeOrder = new Integer[n];
            for (int i = 0; i < n; i++) {
                byCodeOrder[i] = i;
            }
            Arrays.sort(byCodeOrder, (a, b) -> drafts.get(a).code().compareTo(drafts.get(b).code()));
            List<List<Integer>> childrenOf = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                childrenOf.add(new ArrayList<>());
            }
            List<Integer> rootList = new ArrayList<>();
            for (int i : byCodeOrder) {
                (parentOf[i] < 0 ? rootList : childrenOf.get(parentOf[i])).add(i);
            }
            int[] newOf = new int[n];
            List<Category> ordered = new ArrayList<>(n);
            int[] parent = new int[n];
            int[] stack = new int[n];
            int sp = 0;
            for (int k = rootList.size() - 1; k >= 0; k--) {
                stack[sp++] = rootList.get(k);
            }
            while (sp > 0) {
                int i = stack[--sp];
                Draft d = drafts.get(i);
                newOf[i] = ordered.size();
                parent[ordered.size()] = parentOf[i] < 0 ? -1 : newOf[parentOf[i]];
                ordered.add(new Category(d.code(), d.name(), d.englishName()));
                List<Integer> kids = childrenOf.get(i);
                for (int k = kids.size() - 1; k >= 0; k--) {
                    stack[sp++] = kids.get(k);
                }
            }
            if (ordered.size() != n) {
                throw new IllegalStateException("laid out " + ordered.size() + " of " + n + " categories; a parent"
                        + " link escaped validation (a bug in CategoryTaxonomy)");
            }
            return new CategoryTaxonomy(id, ordered, parent);
        }

        private record Draft(String code, String parentCode, String name, String englishName) {
        }
    }

    /** Builds the preset on first use. */
    private static final class UrbanAndSocial {
        static final CategoryTaxonomy INSTANCE = build();

        private UrbanAndSocial() {
        }

        private static CategoryTaxonomy build() {
            Builder b = builder("cn-urban-social");

            root(b, "E", "城市管理事件", "urban-management events");
            group(b, "E01", "市容环境", "city appearance and environment");
            leaf(b, "E0101", "暴露垃圾", "exposed rubbish");
            leaf(b, "E0102", "积存垃圾渣土", "accumulated rubbish and muck");
            leaf(b, "E0103", "道路不洁", "unclean road");
            leaf(b, "E0104", "水域不洁", "polluted water surface");
            leaf(b, "E0105", "绿地脏乱", "littered green space");
            leaf(b, "E0106", "私搭乱建", "unauthorised structure");
            leaf(b, "E0107", "道路遗撒", "spilled load on the road");
            leaf(b, "E0108", "露天焚烧", "open burning");
            group(b, "E02", "宣传广告", "advertising");
            leaf(b, "E0201", "非法小广告", "illegal small advertisement");
            leaf(b, "E0202", "违规户外广告", "non-compliant outdoor advertising");
            leaf(b, "E0203", "街头散发广告", "leafleting in the street");
            leaf(b, "E0204", "占道广告牌", "advertising board on the road");
            leaf(b, "E0205", "广告语言文字不规范", "non-standard wording in advertising");
            group(b, "E03", "施工管理", "construction");
            leaf(b, "E0301", "施工扰民", "construction disturbing residents");
            leaf(b, "E0302", "施工占道", "construction occupying the road");
            leaf(b, "E0303", "工地扬尘", "construction-site dust");
            leaf(b, "E0304", "施工废弃料", "construction waste");
            leaf(b, "E0305", "工地围挡破损", "damaged site hoarding");
            group(b, "E04", "突发事件", "emergencies");
            leaf(b, "E0401", "路面塌陷", "road collapse");
            leaf(b, "E0402", "自来水管破裂", "burst water main");
            leaf(b, "E0403", "燃气管道破裂", "burst gas pipe");
            leaf(b, "E0404", "下水道堵塞或破损", "blocked or broken sewer");
            leaf(b, "E0405", "热力管道破裂", "burst heating pipe");
            leaf(b, "E0406", "道路积水", "waterlogged road");
            leaf(b, "E0407", "道路积雪结冰", "snow and ice on the road");
            group(b, "E05", "街面秩序", "street order");
            leaf(b, "E0501", "无照经营游商", "unlicensed street vendor");
            leaf(b, "E0502", "占道经营", "trading on the road");
            leaf(b, "E0503", "店外经营", "trading outside the shop");
            leaf(b, "E0504", "流浪乞讨", "vagrancy and begging");
            leaf(b, "E0505", "黑车拉客", "unlicensed taxi touting");
            leaf(b, "E0506", "机动车乱停放", "illegally parked motor vehicle");
            leaf(b, "E0507", "非机动车乱停放", "illegally parked bicycle or e-bike");
            leaf(b, "E0508", "露天烧烤", "open-air barbecue");

            root(b, "C", "城市管理部件", "urban-management components");
            group(b, "C01", "公用设施", "public facilities");
            leaf(b, "C0101", "井盖", "manhole cover");
            leaf(b, "C0102", "雨水箅子", "storm-drain grate");
            leaf(b, "C0103", "消防栓", "fire hydrant");
            leaf(b, "C0104", "路灯", "street lamp");
            leaf(b, "C0105", "电杆", "utility pole");
            leaf(b, "C0106", "通信交接箱", "telecom cabinet");
            leaf(b, "C0107", "报刊亭", "newsstand");
            leaf(b, "C0108", "健身设施", "outdoor fitness equipment");
            group(b, "C02", "道路交通", "roads and traffic");
            leaf(b, "C0201", "道路破损", "road surface damage");
            leaf(b, "C0202", "交通信号灯", "traffic light");
            leaf(b, "C0203", "交通标志牌", "traffic sign");
            leaf(b, "C0204", "交通护栏", "traffic guardrail");
            leaf(b, "C0205", "公交站亭", "bus shelter");
            leaf(b, "C0206", "过街天桥", "pedestrian overpass");
            leaf(b, "C0207", "路名牌", "street-name sign");
            leaf(b, "C0208", "存车支架", "bicycle rack");
            group(b, "C03", "市容环境", "city appearance and environment (components)");
            leaf(b, "C0301", "公共厕所", "public toilet");
            leaf(b, "C0302", "垃圾箱", "litter bin");
            leaf(b, "C0303", "垃圾收集站", "refuse collection point");
            leaf(b, "C0304", "广告牌匾", "shop sign and advertising board");
            leaf(b, "C0305", "灯箱霓虹灯", "light box and neon sign");
            leaf(b, "C0306", "化粪池", "septic tank");
            group(b, "C04", "园林绿化", "landscaping");
            leaf(b, "C0401", "古树名木", "ancient or notable tree");
            leaf(b, "C0402", "行道树", "street tree");
            leaf(b, "C0403", "绿地", "green space");
            leaf(b, "C0404", "护树设施", "tree guard");
            leaf(b, "C0405", "花架花钵", "flower stand and planter");
            leaf(b, "C0406", "城市雕塑", "public sculpture");
            leaf(b, "C0407", "街头座椅", "street bench");
            group(b, "C05", "房屋土地", "housing and land");
            leaf(b, "C0501", "宣传栏", "notice board");
            leaf(b, "C0502", "人防工事", "civil air-defence works");
            leaf(b, "C0503", "公房地下室", "public-housing basement");

            root(b, "S", "社会治理", "social governance");
            group(b, "S01", "邻里纠纷", "neighbourhood dispute");
            leaf(b, "S0101", "噪音扰民", "noise nuisance");
            leaf(b, "S0102", "漏水渗水", "water leaking into a neighbour's home");
            leaf(b, "S0103", "占用公共空间", "occupation of shared space");
            leaf(b, "S0104", "宠物扰民", "nuisance from pets");
            leaf(b, "S0105", "通行采光纠纷", "dispute over passage or daylight");
            group(b, "S02", "环境卫生", "environmental hygiene");
            leaf(b, "S0201", "生活垃圾清运不及时", "household rubbish not collected in time");
            leaf(b, "S0202", "楼道卫生脏乱", "dirty stairwell");
            leaf(b, "S0203", "垃圾分类不规范", "rubbish not sorted properly");
            leaf(b, "S0204", "病媒生物", "pests (rats, cockroaches, mosquitoes, flies)");
            leaf(b, "S0205", "污水外溢", "sewage overflow");
            leaf(b, "S0206", "油烟污染", "cooking-fume pollution");
            group(b, "S03", "公共服务", "public services");
            leaf(b, "S0301", "社会保障", "social security");
            leaf(b, "S0302", "医疗卫生", "medical and health services");
            leaf(b, "S0303", "教育入学", "school enrolment");
            leaf(b, "S0304", "养老服务", "elderly care");
            leaf(b, "S0305", "就业帮扶", "employment assistance");
            leaf(b, "S0306", "证照办理", "certificates and licences");
            group(b, "S04", "安全健康", "safety and health");
            leaf(b, "S0401", "消防隐患", "fire hazard");
            leaf(b, "S0402", "电动车违规充电", "unsafe e-bike charging");
            leaf(b, "S0403", "高空坠物隐患", "risk of falling objects");
            leaf(b, "S0404", "食品安全", "food safety");
            leaf(b, "S0405", "房屋安全隐患", "unsafe building");
            leaf(b, "S0406", "治安隐患", "public-security risk");
            leaf(b, "S0407", "传染病防控", "infectious-disease control");
            group(b, "S05", "城建设施", "urban construction facilities");
            leaf(b, "S0501", "小区道路破损", "damaged residential-estate road");
            leaf(b, "S0502", "小区路灯不亮", "residential-estate lamp out");
            leaf(b, "S0503", "电梯故障", "lift failure");
            leaf(b, "S0504", "违章建筑", "illegal building");
            leaf(b, "S0505", "公共设施损坏", "damaged shared facilities");
            leaf(b, "S0506", "停车设施不足", "too few parking spaces");
            group(b, "S06", "水电气暖", "water, power, gas and heating");
            leaf(b, "S0601", "停水", "water outage");
            leaf(b, "S0602", "停电", "power outage");
            leaf(b, "S0603", "燃气泄漏", "gas leak");
            leaf(b, "S0604", "供暖不热", "insufficient heating");
            leaf(b, "S0605", "水质异常", "abnormal water quality");
            leaf(b, "S0606", "停气", "gas supply cut");
            leaf(b, "S0607", "水压不足", "low water pressure");
            return b.build();
        }

        private static void root(Builder b, String code, String name, String englishName) {
            b.add(code, null, name, englishName);
        }

        /** A class: a root's code plus two digits. */
        private static void group(Builder b, String code, String name, String englishName) {
            b.add(code, code.substring(0, 1), name, englishName);
        }

        /** A subclass: a class's code plus two digits. */
        private static void leaf(Builder b, String code, String name, String englishName) {
            b.add(code, code.substring(0, 3), name, englishName);
        }
    }
}
