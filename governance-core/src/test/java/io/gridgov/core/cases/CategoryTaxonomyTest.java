package io.gridgov.core.cases;

import io.gridgov.core.ErrorCode;
import io.gridgov.core.InvalidInputException;
import io.gridgov.core.NotFoundException;
import io.gridgov.core.Problem;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class CategoryTaxonomyTest {
    private static final CategoryTaxonomy PRESET = CategoryTaxonomy.urbanAndSocial();

    /**
     * A small taxonomy, added out of order. Its pre-order is A, A1, A10, A2, A2X, B, B2, B1: siblings in
     * code order (A10 before A2), and B1 is a root of its own even though its code starts with B.
     */
    private static CategoryTaxonomy small() {
        return CategoryTaxonomy.builder("small")
                .add("A2X", "A2", "甲二子", "a-two-x")
                .add("B1", null, "乙一", "b-one")
                .add("A10", "A", "甲十", "a-ten")
                .add("B", null, "乙", "b")
                .add("A", null, "甲", "a")
                .add("A2", "A", "甲二", "a-two")
                .add("B2", "B", "乙二", "b-two")
                .add("A1", "A", "甲一", "a-one")
                .build();
    }

    private static List<String> codes(List<Category> categories) {
        return categories.stream().map(Category::code).toList();
    }

    /** Asserts that {@code text} repeats no run of more than 40 characters of {@code value}. */
    private static void echoesAtMost40(String text, String value) {
        for (int i = 0; i + 41 <= value.length(); i++) {
            assertThat(text).doesNotContain(value.substring(i, i + 41));
        }
    }

    private static Consumer<InvalidInputException> taxonomyProblems(Consumer<List<Problem>> check) {
        return e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.INVALID_TAXONOMY);
            assertThat(e.getMessage()).startsWith("GOV-016: ");
            check.accept(e.problems());
        };
    }

    @Nested
    @DisplayName("a category")
    class ACategory {
        @Test
        @DisplayName("keeps its code and names and renders as code, name and English name")
        void valid() {
            Category c = new Category("C0201", "道路破损", "road surface damage");
            assertThat(c.code()).isEqualTo("C0201");
            assertThat(c.name()).isEqualTo("道路破损");
            assertThat(c.englishName()).isEqualTo("road surface damage");
            assertThat(c).hasToString("C0201 道路破损 (road surface damage)")
                    .isEqualTo(new Category("C0201", "道路破损", "road surface damage"));
            assertThat(new Category("Z".repeat(32), "名", "n").code()).hasSize(32);
            assertThat(new Category("0", "名", "n".repeat(100)).englishName()).hasSize(100);
        }

        @ParameterizedTest(name = "code \"{0}\" is refused: {1}")
        @CsvSource(delimiter = '|', value = {
            "c0201|has 'c' at position 1; a category code has only upper-case letters A-Z and digits 0-9",
            "C02-01|has '-' at position 4",
            "C02 01|has 'U+0020' at position 4",
            "C０2|has '０' at position 2",
            "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456|has 33 characters; a category code has at most 32"})
        void badCode(String code, String expected) {
            assertThatThrownBy(() -> new Category(code, "名", "name")).isInstanceOfSatisfying(InvalidInputException.class,
                    taxonomyProblems(problems -> {
                        assertThat(problems).hasSize(1);
                        assertThat(problems.get(0).where()).isEqualTo("category");
                        assertThat(problems.get(0).message()).contains(expected).contains("e.g. C0201");
                    }));
        }

        @Test
        @DisplayName("an empty code says how long a code may be")
        void emptyCode() {
            assertThatThrownBy(() -> new Category("", "名", "name")).isInstanceOfSatisfying(InvalidInputException.class,
                    taxonomyProblems(problems -> assertThat(problems).containsExactly(new Problem("category",
                            "the code is empty; give 1 to 32 characters A-Z and 0-9, e.g. C0201"))));
        }

        @Test
        @DisplayName("reports a bad code, a blank name and a too long English name at once")
        void everyProblem() {
            assertThatThrownBy(() -> new Category("x1", " ", "e".repeat(101)))
                    .isInstanceOfSatisfying(InvalidInputException.class, taxonomyProblems(problems ->
                            assertThat(problems).extracting(Problem::where, Problem::message).containsExactly(
                                    tuple("category", "code 'x1' has 'x' at position 1; a category code has only"
                                            + " upper-case letters A-Z and digits 0-9, e.g. C0201"),
                                    tuple("category", "the name is blank; give the Chinese display name, e.g. 道路破损"),
                                    tuple("category", "the English name has 101 characters; shorten it to at most 100"))));
        }

        @Test
        @DisplayName("with a good code, names its problems by the code")
        void whereIsTheCode() {
            assertThatThrownBy(() -> new Category("S0101", "名".repeat(101), ""))
                    .isInstanceOfSatisfying(InvalidInputException.class, taxonomyProblems(problems ->
                            assertThat(problems).extracting(Problem::where, Problem::message).containsExactly(
                                    tuple("S0101", "the name has 101 characters; shorten it to at most 100"),
                                    tuple("S0101", "the English name is blank; give the English name, e.g. road"
                                            + " surface damage"))));
        }

        @Test
        @DisplayName("never repeats more than 40 characters of a bad code")
        void longCode() {
            String code = "bad-code-" + "0123456789".repeat(10);
            assertThatThrownBy(() -> new Category(code, "名", "name")).isInstanceOfSatisfying(InvalidInputException.class,
                    e -> {
                        echoesAtMost40(e.getMessage(), code);
                        assertThat(e.getMessage()).contains("code '" + code.substring(0, 40) + "…' has 109 characters");
                    });
        }

        @Test
        @DisplayName("refuses null parts, naming them")
        void nulls() {
            assertThatNullPointerException().isThrownBy(() -> new Category(null, "名", "n")).withMessage("code");
            assertThatNullPointerException().isThrownBy(() -> new Category("A", null, "n")).withMessage("name");
            assertThatNullPointerException().isThrownBy(() -> new Category("A", "名", null)).withMessage("englishName");
        }
    }

    @Nested
    @DisplayName("the builder")
    class TheBuilder {
        @Test
        @DisplayName("reports every problem of the whole taxonomy in one exception")
        void everyProblem() {
            CategoryTaxonomy.Builder b = CategoryTaxonomy.builder("city-x")
                    .add("E", null, "事件", "events")
                    .add("E01", "E", "市容环境", "appearance")
                    .add("E01", "E", "市容", "appearance again")       // duplicate code
                    .add("e02", "E", "宣传广告", "advertising")          // lower-case code
                    .add("E03", "E", " ", "construction")              // blank name
                    .add("E0301", "E02", "施工扰民", "noise")             // parent not in the taxonomy
                    .add("F0101", "E01", "暴露垃圾", "rubbish")           // does not extend its parent
                    .add("E", "E", "自己", "itself")                    // duplicate, and names itself
                    .add("C", "C", "部件", "components")                // names itself
                    .add("E04", "E0", "突发", "emergencies");            // parent missing (a prefix, not a category)
            assertThatThrownBy(b::build).isInstanceOfSatisfying(InvalidInputException.class, taxonomyProblems(problems ->
                    assertThat(problems).extracting(Problem::where, Problem::message).containsExactly(
                            tuple("E01", "code used twice: by '市容环境' and by '市容'; codes must be unique, renumber one"
                                    + " of them"),
                            tuple("category", "code 'e02' has 'e' at position 1; a category code has only upper-case"
                                    + " letters A-Z and digits 0-9, e.g. C0201"),
                            tuple("E03", "the name is blank; give the Chinese display name, e.g. 道路破损"),
                            tuple("E", "code used twice: by '事件' and by '自己'; codes must be unique, renumber one of"
                                    + " them"),
                            tuple("E0301", "parent 'E02' is not in the taxonomy; add that category, or correct the"
                                    + " parent code (null makes a root)"),
                            tuple("F0101", "code does not extend its parent's code E01: a child's code is its parent's"
                                    + " code followed by at least one more character (C02 -> C0201); renumber it under"
                                    + " E01 or correct its parent"),
                            tuple("C", "the category names itself as its parent; give the code of the category it"
                                    + " belongs to, or null to make it a root"),
                            tuple("E04", "parent 'E0' is not in the taxonomy; add that category, or correct the parent"
                                    + " code (null makes a root)"))));
            assertThatThrownBy(b::build).hasMessageStartingWith("GOV-016: category taxonomy 'city-x' is invalid (8 problems)\n"
                    + "  - E01: code used twice");
        }

        @Test
        @DisplayName("gives the message docs/taxonomy.md shows for its bad example")
        void docsExample() {
            assertThatThrownBy(() -> CategoryTaxonomy.builder("city-x")
                    .add("S", null, "社会治理", "social governance")
                    .add("S01", "S", "邻里纠纷", "neighbourhood dispute")
                    .add("S0101", "S01", "噪音扰民", "noise nuisance")
                    .add("T0102", "S01", "漏水渗水", "water leaking into a neighbour's home")
                    .add("S0201", "S02", "楼道卫生脏乱", "dirty stairwell")
                    .build()).isInstanceOf(InvalidInputException.class).hasMessage(
                    "GOV-016: category taxonomy 'city-x' is invalid (2 problems)\n"
                    + "  - T0102: code does not extend its parent's code S01: a child's code is its parent's code"
                    + " followed by at least one more character (C02 -> C0201); renumber it under S01 or correct its"
                    + " parent\n"
                    + "  - S0201: parent 'S02' is not in the taxonomy; add that category, or correct the parent code"
                    + " (null makes a root)");
            assertThat(TaxonomyTable.read(TaxonomyTable.docsFile()))
                    .contains(".add(\"T0102\", \"S01\", \"漏水渗水\", \"water leaking into a neighbour's home\")");
        }

        @Test
        @DisplayName("refuses a child whose code is shorter than its parent's, or only shares a prefix with it")
        void mustStrictlyExtend() {
            assertThatThrownBy(() -> CategoryTaxonomy.builder("t").add("C02", null, "道路", "roads")
                    .add("C0", "C02", "短", "shorter").add("C12", "C02", "旁", "sibling-like").build())
                    .isInstanceOfSatisfying(InvalidInputException.class, taxonomyProblems(problems ->
                            assertThat(problems).extracting(Problem::where).containsExactly("C0", "C12")));
        }

        @Test
        @DisplayName("refuses an empty taxonomy and a blank id")
        void empty() {
            assertThatThrownBy(() -> CategoryTaxonomy.builder(" ").build())
                    .isInstanceOfSatisfying(InvalidInputException.class, taxonomyProblems(problems ->
                            assertThat(problems).containsExactly(
                                    new Problem("id", "the taxonomy id is blank; give a stable identifier such as"
                                            + " cn-urban-social"),
                                    new Problem("categories", "the taxonomy has no categories; add at least one root"
                                            + " with add(code, null, name, englishName)"))));
        }

        @Test
        @DisplayName("never repeats more than 40 characters of a bad id, parent, code or name")
        void longValues() {
            String id = "id-" + "x".repeat(70);
            String parent = "PARENT" + "9".repeat(60);
            String code = "code" + "7".repeat(60);
            String name = "名".repeat(90);
            assertThatThrownBy(() -> CategoryTaxonomy.builder(id)
                    .add("A", null, name, "a")
                    .add("A", null, name + "二", "a")
                    .add("A1", parent, "甲", "a-one")
                    .add(code, "A", "乙", "b")
                    .build()).isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(e.problems()).extracting(Problem::where).containsExactly("id", "A", "category", "A1");
                        for (String value : List.of(id, parent, code, name)) {
                            echoesAtMost40(e.getMessage(), value);
                        }
                        assertThat(e.getMessage()).contains("parent '" + parent.substring(0, 40) + "…'");
                    });
        }

        @Test
        @DisplayName("refuses nulls at add, except a root's parent")
        void nulls() {
            CategoryTaxonomy.Builder b = CategoryTaxonomy.builder("t");
            assertThatNullPointerException().isThrownBy(() -> CategoryTaxonomy.builder(null)).withMessage("id");
            assertThatNullPointerException().isThrownBy(() -> b.add(null, null, "名", "n")).withMessage("code");
            assertThatNullPointerException().isThrownBy(() -> b.add("A", null, null, "n")).withMessage("name");
            assertThatNullPointerException().isThrownBy(() -> b.add("A", null, "名", null)).withMessage("englishName");
            assertThat(b.add("A", null, "名", "n").build().roots()).extracting(Category::code).containsExactly("A");
        }

        @Test
        @DisplayName("builds the same taxonomy each time, whatever the order categories were added in")
        void orderFree() {
            CategoryTaxonomy.Builder b = CategoryTaxonomy.builder("small")
                    .add("A", null, "甲", "a").add("A1", "A", "甲一", "a-one").add("A10", "A", "甲十", "a-ten")
                    .add("A2", "A", "甲二", "a-two").add("A2X", "A2", "甲二子", "a-two-x").add("B", null, "乙", "b")
                    .add("B1", null, "乙一", "b-one").add("B2", "B", "乙二", "b-two");
            assertThat(b.build()).isEqualTo(small()).hasSameHashCodeAs(small()).isEqualTo(b.build());
            assertThat(b.build()).isNotEqualTo(CategoryTaxonomy.builder("other").add("A", null, "甲", "a").build());
        }
    }

    @Nested
    @DisplayName("the queries")
    class Queries {
        private final CategoryTaxonomy t = small();

        @Test
        @DisplayName("list every category in pre-order, siblings in code order, not in plain code order")
        void preOrder() {
            assertThat(codes(t.categories())).containsExactly("A", "A1", "A10", "A2", "A2X", "B", "B2", "B1");
            assertThat(codes(t.roots())).containsExactly("A", "B", "B1");
            assertThat(codes(t.leaves())).containsExactly("A1", "A10", "A2X", "B2", "B1");
            assertThat(t.id()).isEqualTo("small");
            assertThat(t.size()).isEqualTo(8);
            assertThat(t).hasToString("CategoryTaxonomy[small, 8 categories]");
            assertThat(CategoryTaxonomy.builder("one").add("A", null, "甲", "a").build())
                    .hasToString("CategoryTaxonomy[one, 1 category]");
        }

        @Test
        @DisplayName("find, contain and require by exact code")
        void lookUp() {
            assertThat(t.contains("A2")).isTrue();
            assertThat(t.contains("a2")).isFalse();
            assertThat(t.contains("C")).isFalse();
            assertThat(t.find("A10")).contains(new Category("A10", "甲十", "a-ten"));
            assertThat(t.find("A3")).isEmpty();
            assertThat(t.find("")).isEmpty();
            assertThat(t.require("B2")).isEqualTo(new Category("B2", "乙二", "b-two"));
        }

        @Test
        @DisplayName("an unknown code names the taxonomy and how to fix it, repeating at most 40 characters")
        void notFound() {
            assertThatThrownBy(() -> t.require("A3")).isInstanceOf(NotFoundException.class).hasMessage(
                    "GOV-004: no category 'A3' in taxonomy 'small' (8 categories); check the code (upper-case letters"
                    + " and digits, e.g. A1), or add the category to the taxonomy");
            String longCode = "Q".repeat(100);
            assertThatThrownBy(() -> t.require(longCode)).isInstanceOfSatisfying(NotFoundException.class, e -> {
                echoesAtMost40(e.getMessage(), longCode);
                assertThat(e.getMessage()).contains("'" + "Q".repeat(40) + "…'");
            });
            List<Runnable> queries = List.of(() -> t.parent("Z"), () -> t.children("Z"), () -> t.ancestors("Z"),
                    () -> t.depth("Z"), () -> t.isAncestorOrSelf("Z", "A"), () -> t.isAncestorOrSelf("A", "Z"));
            for (Runnable q : queries) {
                assertThatThrownBy(q::run).isInstanceOf(NotFoundException.class).hasMessageContaining("'Z'");
            }
        }

        @Test
        @DisplayName("give a category's parent, children, ancestors and depth")
        void family() {
            assertThat(t.parent("A2X")).contains(t.require("A2"));
            assertThat(t.parent("A")).isEmpty();
            assertThat(t.parent("B1")).as("a root whose code starts with another root's").isEmpty();
            assertThat(codes(t.children("A"))).containsExactly("A1", "A10", "A2");
            assertThat(codes(t.children("B"))).containsExactly("B2");
            assertThat(t.children("A2X")).isEmpty();
            assertThat(codes(t.ancestors("A2X"))).containsExactly("A2X", "A2", "A");
            assertThat(codes(t.ancestors("B1"))).containsExactly("B1");
            assertThat(t.depth("A")).isZero();
            assertThat(t.depth("A10")).isEqualTo(1);
            assertThat(t.depth("A2X")).isEqualTo(2);
        }

        @Test
        @DisplayName("tell whether a category lies in another, itself included")
        void ancestry() {
            assertThat(t.isAncestorOrSelf("A", "A2X")).isTrue();
            assertThat(t.isAncestorOrSelf("A2", "A2X")).isTrue();
            assertThat(t.isAncestorOrSelf("A2X", "A2X")).isTrue();
            assertThat(t.isAncestorOrSelf("A2X", "A2")).isFalse();
            assertThat(t.isAncestorOrSelf("A1", "A10")).as("a code prefix is not ancestry").isFalse();
            assertThat(t.isAncestorOrSelf("B", "B1")).as("a code prefix is not ancestry").isFalse();
            assertThat(t.isAncestorOrSelf("B", "B2")).isTrue();
            assertThat(t.isAncestorOrSelf("A", "B2")).isFalse();
        }

        @Test
        @DisplayName("answer on indexes: positions in pre-order, -1 for an unknown code or a root's parent")
        void indexes() {
            assertThat(t.indexOf("A")).isZero();
            assertThat(t.indexOf("A2X")).isEqualTo(4);
            assertThat(t.indexOf("B1")).isEqualTo(7);
            assertThat(t.indexOf("nope")).isEqualTo(-1);
            assertThat(t.parentIndex(4)).isEqualTo(3);
            assertThat(t.parentIndex(6)).isEqualTo(5);
            assertThat(t.parentIndex(7)).isEqualTo(-1);
            assertThat(t.category(6)).isEqualTo(t.require("B2"));
            assertThatThrownBy(() -> t.category(8)).isInstanceOf(IndexOutOfBoundsException.class)
                    .hasMessageContaining("taxonomy 'small', which has 8 (0 to 7)");
            assertThatThrownBy(() -> t.parentIndex(-1)).isInstanceOf(IndexOutOfBoundsException.class);
        }

        @Test
        @DisplayName("refuse a null code, naming it")
        void nulls() {
            assertThatNullPointerException().isThrownBy(() -> t.find(null)).withMessage("code");
            assertThatNullPointerException().isThrownBy(() -> t.indexOf(null)).withMessage("code");
            assertThatNullPointerException().isThrownBy(() -> t.contains(null)).withMessage("code");
            assertThatNullPointerException().isThrownBy(() -> t.isAncestorOrSelf("A", null)).withMessage("code");
        }

        @Test
        @DisplayName("return lists that cannot be changed")
        void immutable() {
            assertThatThrownBy(() -> t.categories().clear()).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> t.children("A").clear()).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> t.ancestors("A2X").clear()).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> t.leaves().clear()).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> t.roots().clear()).isInstanceOf(UnsupportedOperationException.class);
        }
    }

    @Nested
    @DisplayName("the urban and social preset")
    class Preset {
        @Test
        @DisplayName("is built once and has the roots E, C and S")
        void roots() {
            assertThat(CategoryTaxonomy.urbanAndSocial()).isSameAs(PRESET);
            assertThat(PRESET.id()).isEqualTo("cn-urban-social");
            assertThat(PRESET.roots()).extracting(Category::code, Category::name, Category::englishName).containsExactly(
                    tuple("C", "城市管理部件", "urban-management components"),
                    tuple("E", "城市管理事件", "urban-management events"),
                    tuple("S", "社会治理", "social governance"));
        }

        @Test
        @DisplayName("has the sixteen classes of events, components and social governance")
        void classes() {
            assertThat(codes(PRESET.children("E"))).containsExactly("E01", "E02", "E03", "E04", "E05");
            assertThat(codes(PRESET.children("C"))).containsExactly("C01", "C02", "C03", "C04", "C05");
            assertThat(codes(PRESET.children("S"))).containsExactly("S01", "S02", "S03", "S04", "S05", "S06");
            List<String> names = new ArrayList<>();
            for (String root : List.of("E", "C", "S")) {
                PRESET.children(root).forEach(c -> names.add(c.name()));
            }
            assertThat(names).containsExactly("市容环境", "宣传广告", "施工管理", "突发事件", "街面秩序",
                    "公用设施", "道路交通", "市容环境", "园林绿化", "房屋土地",
                    "邻里纠纷", "环境卫生", "公共服务", "安全健康", "城建设施", "水电气暖");
            assertThat(PRESET.require("S06").englishName()).isEqualTo("water, power, gas and heating");
        }

        @Test
        @DisplayName("gives each class 3 to 8 subclasses whose codes add two digits, and nothing deeper")
        void subclasses() {
            for (Category root : PRESET.roots()) {
                for (Category cls : PRESET.children(root.code())) {
                    List<Category> subs = PRESET.children(cls.code());
                    assertThat(subs).as(cls.toString()).hasSizeBetween(3, 8);
                    assertThat(subs).allSatisfy(s -> {
                        assertThat(s.code()).matches(cls.code() + "[0-9]{2}");
                        assertThat(PRESET.children(s.code())).isEmpty();
                    });
                }
            }
            assertThat(PRESET.leaves()).allSatisfy(c -> assertThat(PRESET.depth(c.code())).isEqualTo(2));
            assertThat(PRESET.size()).isEqualTo(3 + 16 + PRESET.leaves().size());
        }

        @ParameterizedTest(name = "{0} is {1} ({2})")
        @CsvSource(delimiter = '|', value = {
            "C0201|道路破损|road surface damage|C02",
            "C0202|交通信号灯|traffic light|C02",
            "C0101|井盖|manhole cover|C01",
            "E0101|暴露垃圾|exposed rubbish|E01",
            "E0501|无照经营游商|unlicensed street vendor|E05",
            "S0101|噪音扰民|noise nuisance|S01",
            "S0601|停水|water outage|S06",
            "S0603|燃气泄漏|gas leak|S06"})
        void named(String code, String name, String englishName, String parent) {
            assertThat(PRESET.require(code)).isEqualTo(new Category(code, name, englishName));
            assertThat(PRESET.parent(code)).map(Category::code).contains(parent);
            assertThat(PRESET.isAncestorOrSelf(code.substring(0, 1), code)).isTrue();
        }

        @Test
        @DisplayName("answers on indexes exactly as on codes, for every category")
        void indexesAgreeWithCodes() {
            Set<Integer> seen = new HashSet<>();
            List<Category> all = PRESET.categories();
            for (int i = 0; i < PRESET.size(); i++) {
                Category c = PRESET.category(i);
                assertThat(all.get(i)).isEqualTo(c);
                assertThat(PRESET.indexOf(c.code())).isEqualTo(i);
                assertThat(seen.add(PRESET.indexOf(c.code()))).isTrue();
                int p = PRESET.parentIndex(i);
                assertThat(p).as("a parent comes before its children").isLessThan(i);
                assertThat(PRESET.parent(c.code()))
                        .isEqualTo(p < 0 ? Optional.<Category>empty() : Optional.of(PRESET.category(p)));
                List<Category> viaIndexes = new ArrayList<>();
                for (int x = i; x >= 0; x = PRESET.parentIndex(x)) {
                    viaIndexes.add(PRESET.category(x));
                }
                assertThat(viaIndexes).isEqualTo(PRESET.ancestors(c.code()));
                assertThat(viaIndexes).hasSize(PRESET.depth(c.code()) + 1);
                if (p >= 0) {
                    assertThat(PRESET.children(PRESET.category(p).code())).contains(c);
                    assertThat(c.code()).startsWith(PRESET.category(p).code());
                }
            }
            assertThat(seen).hasSize(PRESET.size());
        }

        @Test
        @DisplayName("is laid out in pre-order: each category's subtree follows it without a gap")
        void preOrder() {
            List<Category> all = PRESET.categories();
            for (int i = 0; i < all.size(); i++) {
                String code = all.get(i).code();
                int j = i + 1;
                while (j < all.size() && PRESET.isAncestorOrSelf(code, all.get(j).code())) {
                    j++;
                }
                for (int k = j; k < all.size(); k++) {
                    assertThat(PRESET.isAncestorOrSelf(code, all.get(k).code())).as(code + " then " + all.get(k)).isFalse();
                }
            }
            assertThat(codes(all).subList(0, 4)).containsExactly("C", "C01", "C0101", "C0102");
        }

        @Test
        @DisplayName("is the table in docs/taxonomy.md, row for row")
        void documented() {
            String expected = TaxonomyTable.markdown(PRESET);
            String documented = TaxonomyTable.between(TaxonomyTable.read(TaxonomyTable.docsFile()));
            assertThat(documented).as("docs/taxonomy.md is out of date; replace its table between the markers"
                    + " with:\n%s", expected).isEqualTo(expected);
        }
    }
}
