package io.gridgov.spi.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.gridgov.core.ErrorCode;
import io.gridgov.core.InvalidInputException;
import io.gridgov.core.Problem;
import io.gridgov.core.grid.Area;
import io.gridgov.core.grid.GridKind;
import io.gridgov.core.grid.GridTree;
import io.gridgov.core.grid.LevelScheme;
import io.gridgov.core.grid.Network;
import io.gridgov.core.grid.StaffAssignment;
import io.gridgov.core.grid.StaffRole;
import io.gridgov.core.grid.Staffing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("A grid file codec")
class GridFileCodecTest {
    private final GridFileCodec codec = new GridFileCodec();

    // A small valid Longshan tree: street, cadre area, community, grid, building.
    static final String STREET = "{\"code\": \"370402003\", \"name\": \"龙山路街道\", \"level\": \"street\"}";
    static final String AREA = "{\"code\": \"37040200301\", \"name\": \"东片区\", \"level\": \"area\", \"parent\": \"370402003\"}";
    static final String COMMUNITY = "{\"code\": \"370402003001\", \"name\": \"龙山社区\", \"level\": \"community\","
            + " \"parent\": \"37040200301\"}";
    static final String GRID = "{\"code\": \"370402003001001\", \"name\": \"第1网格\", \"level\": \"grid\","
            + " \"parent\": \"370402003001\", \"kind\": \"BASIC\"}";
    static final String BUILDING = "{\"code\": \"37040200300100100001\", \"name\": \"1号楼\", \"level\": \"building\","
            + " \"parent\": \"370402003001001\"}";
    static final String MEMBER = "{\"person\": \"P-0001\", \"area\": \"370402003001001\", \"role\":"
            + " \"FULL_TIME_GRID_MEMBER\", \"networks\": [\"livelihood\", \"safety\"]}";

    /** A file under cn-longshan with the five valid areas, then {@code extraAreas}, and {@code staff}. */
    static String longshan(List<String> extraAreas, String... staff) {
        List<String> areas = new ArrayList<>(List.of(STREET, AREA, COMMUNITY, GRID, BUILDING));
        areas.addAll(extraAreas);
        return doc("\"cn-longshan\"", areas, staff);
    }

    static String doc(String scheme, List<String> areas, String... staff) {
        return "{\n  \"format\": \"gridgov.grid/1\",\n  \"scheme\": " + scheme + ",\n  \"areas\": [\n    "
                + String.join(",\n    ", areas) + "\n  ],\n  \"staff\": [\n    " + String.join(",\n    ", staff)
                + "\n  ]\n}\n";
    }

    /** The file with the valid areas, where area {@code i} is replaced by {@code replacement}. */
    static String withArea(int i, String replacement) {
        List<String> areas = new ArrayList<>(List.of(STREET, AREA, COMMUNITY, GRID, BUILDING));
        areas.set(i, replacement);
        return doc("\"cn-longshan\"", areas);
    }

    private List<Problem> problemsOf(String json) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> codec.parse(json));
        assertThat(e).as("the file is rejected").isNotNull();
        assertThat(e.code()).isEqualTo(ErrorCode.INVALID_DATA_FILE);
        assertThat(e.getMessage()).startsWith("GOV-015: the grid file is invalid");
        return e.problems();
    }

    /** The one problem of a file, which must be at {@code where}. */
    private Problem onlyProblem(String json, String where) {
        List<Problem> problems = problemsOf(json);
        assertThat(problems).extracting(Problem::where).containsExactly(where);
        return problems.get(0);
    }

    static String resource(String name) throws IOException {
        try (InputStream in = GridFileCodecTest.class.getResourceAsStream(name)) {
            assertThat(in).as("test resource " + name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Nested
    @DisplayName("reads a valid file")
    class Reading {
        @Test
        @DisplayName("into a tree and staffing that hold every area and assignment")
        void small() {
            GridFile file = codec.parse(longshan(List.of(), MEMBER));
            assertThat(file.scheme()).isSameAs(LevelScheme.longshanStreet());
            assertThat(file.tree().size()).isEqualTo(5);
            assertThat(file.tree().area("370402003001001").gridKind()).isEqualTo(GridKind.BASIC);
            assertThat(file.staffing().assignments()).containsExactly(new StaffAssignment("P-0001", "370402003001001",
                    StaffRole.FULL_TIME_GRID_MEMBER, Set.of(Network.LIVELIHOOD, Network.PUBLIC_SAFETY)));
            assertThat(file.customNetworks()).isEmpty();
        }

        @Test
        @DisplayName("with areas in any order, and with null for an absent parent or kind")
        void anyOrderAndNulls() {
            String street = "{\"code\": \"370402003\", \"name\": \"龙山路街道\", \"level\": \"street\", \"parent\": null,"
                    + " \"kind\": null}";
            GridFile file = codec.parse(doc("\"cn-longshan\"", List.of(BUILDING, GRID, COMMUNITY, AREA, street)));
            assertThat(file.tree().areas().map(Area::code)).containsExactly("370402003", "37040200301",
                    "370402003001", "370402003001001", "37040200300100100001");
        }

        @Test
        @DisplayName("without staff, and from bytes and characters alike")
        void sources() throws IOException {
            String json = longshan(List.of());
            GridFile fromText = codec.parse(json);
            assertThat(fromText.staffing().assignments()).isEmpty();
            assertThat(codec.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)))).isEqualTo(fromText);
            assertThat(codec.read(new StringReader(json))).isEqualTo(fromText);
        }

        @Test
        @DisplayName("with custom networks the staff may serve")
        void customNetworks() {
            String json = "{\"format\": \"gridgov.grid/1\", \"scheme\": \"cn-longshan\", \"networks\": [{\"key\":"
                    + " \"urban-management\", \"name\": \"urban management\", \"localName\": \"城市管理\"}], \"areas\": ["
                    + STREET + "], \"staff\": [{\"person\": \"P-0001\", \"area\": \"370402003\", \"role\":"
                    + " \"LAW_ENFORCEMENT\", \"networks\": [\"urban-management\", \"safety\"]}]}";
            GridFile file = codec.parse(json);
            Network urban = Network.of("urban-management", "urban management", "城市管理");
            assertThat(file.customNetworks()).containsExactly(urban);
            assertThat(file.staffing().assignments().get(0).networks()).containsExactlyInAnyOrder(urban,
                    Network.PUBLIC_SAFETY);
        }

        @Test
        @DisplayName("and leaves the stream open")
        void leavesStreamOpen() throws IOException {
            boolean[] closed = {false};
            InputStream in = new ByteArrayInputStream(longshan(List.of()).getBytes(StandardCharsets.UTF_8)) {
                @Override
                public void close() {
                    closed[0] = true;
                }
            };
            codec.read(in);
            assertThat(closed[0]).isFalse();
        }
    }

    @Nested
    @DisplayName("writes")
    class Writing {
        private final GridFile sample = GridFile.longshanSample();

        @Test
        @DisplayName("what it reads back as an equal file: same areas in the same order, same staffing")
        void roundTrip() {
            GridFile again = codec.parse(codec.toJson(sample));
            assertThat(again).isEqualTo(sample).hasSameHashCodeAs(sample);
            assertThat(again.tree().areas().toList()).isEqualTo(sample.tree().areas().toList());
            assertThat(again.staffing().assignments()).isEqualTo(sample.staffing().assignments());
            assertThat(again.customNetworks()).isEqualTo(sample.customNetworks());
        }

        @Test
        @DisplayName("the same bytes every time, to strings and streams alike, and the checked-in sample unchanged")
        void stable() throws IOException {
            String first = codec.toJson(sample);
            assertThat(codec.toJson(sample)).isEqualTo(first);
            assertThat(new GridFileCodec().toJson(codec.parse(first))).isEqualTo(first);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            codec.write(sample, bytes);
            assertThat(bytes.toByteArray()).isEqualTo(first.getBytes(StandardCharsets.UTF_8));
            assertThat(first).isEqualTo(LongshanSampleTest.resourceText());
        }

        @Test
        @DisplayName("areas in the tree's pre-order, whatever order they were given in")
        void preOrder() throws IOException {
            GridFile shuffled = codec.parse(doc("\"cn-longshan\"", List.of(GRID, BUILDING, STREET, COMMUNITY, AREA)));
            String json = codec.toJson(shuffled);
            JsonNode written = new ObjectMapper().readTree(json);
            List<String> codes = new ArrayList<>();
            written.get("areas").forEach(a -> codes.add(a.get("code").textValue()));
            assertThat(codes).containsExactly("370402003", "37040200301", "370402003001", "370402003001001",
                    "37040200300100100001");
            assertThat(codes).isEqualTo(shuffled.tree().areas().map(Area::code).toList());
        }

        @Test
        @DisplayName("staff in the order given, each one's networks in the standard order")
        void staffOrder() {
            String b = "{\"person\": \"P-0002\", \"area\": \"370402003\", \"role\": \"LEGAL_ADVISER\", \"networks\":"
                    + " [\"safety\", \"party-building\"]}";
            String a = "{\"person\": \"P-0001\", \"area\": \"370402003001\", \"role\": \"COMMUNITY_POLICE\","
                    + " \"networks\": [\"civilisation\", \"epidemic\", \"livelihood\"]}";
            String json = codec.toJson(codec.parse(longshan(List.of(), b, a)));
            assertThat(json).contains("{\"person\": \"P-0002\", \"area\": \"370402003\", \"role\": \"LEGAL_ADVISER\","
                    + " \"networks\": [\"party-building\", \"safety\"]},\n    {\"person\": \"P-0001\", \"area\":"
                    + " \"370402003001\", \"role\": \"COMMUNITY_POLICE\", \"networks\": [\"livelihood\", \"epidemic\","
                    + " \"civilisation\"]}\n");
        }

        @Test
        @DisplayName("a preset as its key, and leaves out the members that hold their default")
        void compact() {
            String json = codec.toJson(sample);
            assertThat(json).contains("\n  \"scheme\": \"cn-longshan\",\n")
                    .contains("{\"code\": \"370402003\", \"name\": \"龙山路街道\", \"level\": \"street\", \"boundary\":")
                    .contains("{\"code\": \"37040200300100100001\", \"name\": \"龙山社区第1网格1号楼\", \"level\":"
                            + " \"building\", \"parent\": \"370402003001001\"},")
                    .doesNotContain("null").endsWith("}\n").doesNotContain("\r");
            String noStaff = codec.toJson(GridFile.of(sample.tree()));
            assertThat(noStaff).doesNotContain("\"staff\"").doesNotContain("\"networks\"");
        }

        @Test
        @DisplayName("a scheme named like a preset but differing from it in full")
        void lookalikePreset() {
            LevelScheme lookalike = LevelScheme.builder("cn-longshan", "not quite Longshan")
                    .level("street", "street", "街道", 9, 9)
                    .level("grid", "grid", "网格", 3, 12).grid()
                    .build();
            GridTree tree = GridTree.of(lookalike, List.of(Area.of("370402003", "街道", lookalike.level("street"), null)));
            String json = codec.toJson(GridFile.of(tree));
            assertThat(json).contains("\"key\": \"cn-longshan\"").contains("\"name\": \"not quite Longshan\"");
            GridFile back = codec.parse(json);
            assertThat(back.scheme()).isEqualTo(lookalike).isNotEqualTo(LevelScheme.longshanStreet());
        }

        @Test
        @DisplayName("to a stream without closing it")
        void leavesStreamOpen() throws IOException {
            boolean[] closed = {false};
            ByteArrayOutputStream out = new ByteArrayOutputStream() {
                @Override
                public void close() {
                    closed[0] = true;
                }
            };
            codec.write(sample, out);
            assertThat(closed[0]).isFalse();
            assertThat(out.size()).isPositive();
        }
    }

    @Nested
    @DisplayName("round-trips a custom scheme defined in the file")
    class CustomScheme {
        @Test
        @DisplayName("with an overlay, a skippable level, a root prefix and segment classes")
        void longshanCopy() {
            LevelScheme copy = LevelScheme.builder("my-street", "a copy of Longshan's levels")
                    .rootPrefixDigits(6)
                    .level("street", "street", "街道", 3, 9)
                    .segmentClass(1, 99, "street", "街道")
                    .level("area", "street cadre area", "片区", 2, 11).overlay().skippable()
                    .level("community", "community", "社区", 3, 12)
                    .segmentClass(1, 199, "residents' committee", "居民委员会")
                    .level("grid", "grid", "网格", 3, 15).grid()
                    .build();
            List<Area> areas = List.of(
                    Area.of("370402003", "街道", copy.level("street"), null),
                    Area.of("37040200301", "片区", copy.level("area"), "370402003"),
                    Area.of("370402003001", "社区", copy.level("community"), "37040200301"),
                    Area.grid("370402003001001", "网格", copy, GridKind.PARK, "370402003001"));
            GridFile file = GridFile.of(GridTree.of(copy, areas));
            String json = codec.toJson(file);
            GridFile back = codec.parse(json);
            assertThat(back).isEqualTo(file);
            assertThat(back.scheme()).isEqualTo(copy);
            assertThat(back.scheme().name()).isEqualTo(copy.name());
            assertThat(back.scheme().levels().get(0).segmentStart()).isEqualTo(6);
            assertThat(json).contains("\"rootPrefixDigits\": 6").contains("\"overlay\": true")
                    .contains("\"skippable\": true").contains("\"grid\": true");
            assertThat(codec.toJson(back)).isEqualTo(json);
        }

        @Test
        @DisplayName("as in the Changde golden file")
        void changde() throws IOException {
            GridFile file = codec.parse(resource("golden/changde-custom-scheme.grid.json"));
            LevelScheme expected = LevelScheme.builder("changde", "Changde: city, county, township, village, grid")
                    .rootPrefixDigits(2)
                    .level("city", "city", "市", 2, 4)
                    .level("county", "county / district", "县/区", 2, 6)
                    .level("township", "township / street", "乡镇/街道", 3, 9)
                    .segmentClass(1, 99, "street", "街道")
                    .segmentClass(100, 199, "town", "镇")
                    .level("village", "village / community", "村/社区", 3, 12).skippable()
                    .level("grid", "grid", "网格", 3, 15).grid()
                    .build();
            assertThat(file.scheme()).isEqualTo(expected);
            assertThat(file.tree().count(GridKind.MARKET)).isEqualTo(1);
            assertThat(file.customNetworks()).extracting(Network::key).containsExactly("mediation");
        }
    }

    @Nested
    @DisplayName("keeps its golden files exactly as written, so any change to the JSON form breaks a test")
    class Golden {
        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"golden/longshan-small.grid.json", "golden/changde-custom-scheme.grid.json"})
        @DisplayName("reading and writing a golden file gives back the same text")
        void sameText(String name) throws IOException {
            String text = resource(name);
            assertThat(codec.toJson(codec.parse(text))).isEqualTo(text);
        }
    }

    @Nested
    @DisplayName("with a host-supplied ObjectMapper")
    class HostMapper {
        @Test
        @DisplayName("writes the same text, whatever the mapper's serialization settings")
        void sameLayout() {
            ObjectMapper host = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            GridFile sample = GridFile.longshanSample();
            assertThat(new GridFileCodec(host).toJson(sample)).isEqualTo(codec.toJson(sample));
        }

        @Test
        @DisplayName("applies the mapper's stream features, such as allowing comments")
        void streamFeatures() {
            ObjectMapper host = JsonMapper.builder().enable(JsonReadFeature.ALLOW_JAVA_COMMENTS).build();
            String json = longshan(List.of()).replace("\"areas\": [", "// the areas\n  \"areas\": [");
            assertThat(new GridFileCodec(host).parse(json).tree().size()).isEqualTo(5);
            assertThat(problemsOf(json).get(0).message()).startsWith("malformed JSON at line 4");
        }
    }

    @Nested
    @DisplayName("rejects malformed JSON")
    class Malformed {
        @Test
        @DisplayName("naming the line, the column and the path reached")
        void syntax() {
            String json = "{\n  \"format\": \"gridgov.grid/1\",\n  \"scheme\": \"cn-longshan\",\n  \"areas\": [\n"
                    + "    {\"code\": \"370402003\" \"name\": \"龙山路街道\", \"level\": \"street\"}\n  ]\n}\n";
            Problem p = problemsOf(json).get(0);
            assertThat(p.where()).isEqualTo("$.areas[0].code");
            assertThat(p.message()).startsWith("malformed JSON at line 5, column ")
                    .contains("Unexpected character").contains("missing comma");
        }

        @Test
        @DisplayName("an empty file")
        void empty() {
            assertThat(onlyProblem("  ", "$").message()).startsWith("the file is empty");
        }

        @Test
        @DisplayName("a file that is not an object")
        void notAnObject() {
            assertThat(onlyProblem("[1, 2]", "$").message()).startsWith("expected a JSON object, found an array");
        }

        @Test
        @DisplayName("a member repeated in one object")
        void duplicateMember() {
            String json = longshan(List.of()).replace("\"name\": \"龙山路街道\",", "\"name\": \"a\", \"name\": \"b\",");
            Problem p = problemsOf(json).get(0);
            assertThat(p.message()).contains("Duplicate field 'name'").contains("only once");
            assertThat(p.where()).startsWith("$.areas[0]");
        }

        @Test
        @DisplayName("content after the file's object")
        void trailing() {
            Problem p = problemsOf(longshan(List.of()) + "{}").get(0);
            assertThat(p.message()).contains("remove what follows");
        }
    }

    @Nested
    @DisplayName("rejects a value of the wrong type")
    class WrongType {
        @Test
        @DisplayName("an area code written as a number")
        void codeAsNumber() {
            Problem p = onlyProblem(withArea(0, "{\"code\": 370402003, \"name\": \"街道\", \"level\": \"street\"}"),
                    "$.areas[0].code");
            assertThat(p.message()).startsWith("expected a string, found a number (370402003)").contains("in quotes");
        }

        @Test
        @DisplayName("an area that is not an object")
        void areaNotObject() {
            assertThat(onlyProblem(withArea(4, "\"37040200300100100001\""), "$.areas[4]").message())
                    .startsWith("expected an area");
        }

        @Test
        @DisplayName("networks that are not a list")
        void networksNotList() {
            String staff = MEMBER.replace("[\"livelihood\", \"safety\"]", "\"safety\"");
            assertThat(onlyProblem(longshan(List.of(), staff), "$.staff[0].networks").message())
                    .startsWith("expected an array, found a string (\"safety\")");
        }

        @Test
        @DisplayName("a level's digits given as text and a flag that is not a boolean")
        void schemeTypes() {
            String scheme = "{\"key\": \"x\", \"name\": \"x\", \"levels\": [{\"key\": \"grid\", \"name\": \"grid\","
                    + " \"localName\": \"网格\", \"segmentDigits\": \"3\", \"codeLength\": 3, \"grid\": \"yes\"}]}";
            List<Problem> problems = problemsOf(doc(scheme, List.of()));
            assertThat(problems).extracting(Problem::where)
                    .containsExactly("$.scheme.levels[0].segmentDigits", "$.scheme.levels[0].grid");
            assertThat(problems.get(0).message()).startsWith("expected a whole number, found a string (\"3\")");
            assertThat(problems.get(1).message()).startsWith("expected true or false");
        }
    }

    @Nested
    @DisplayName("rejects a missing member")
    class Missing {
        @Test
        @DisplayName("an area's level, naming the levels there are")
        void level() {
            Problem p = onlyProblem(withArea(0, "{\"code\": \"370402003\", \"name\": \"街道\"}"), "$.areas[0].level");
            assertThat(p.message()).isEqualTo("missing; give the key of the area's level, one of 'street', 'area',"
                    + " 'community', 'grid', 'building'");
        }

        @Test
        @DisplayName("the format, the scheme and the areas at the top")
        void top() {
            assertThat(problemsOf("{}")).extracting(Problem::where).containsExactly("$.format", "$.scheme", "$.areas");
        }

        @Test
        @DisplayName("a staff member's person")
        void person() {
            String staff = MEMBER.replace("\"person\": \"P-0001\", ", "");
            assertThat(onlyProblem(longshan(List.of(), staff), "$.staff[0].person").message())
                    .startsWith("missing; give the host's opaque id");
        }
    }

    @Nested
    @DisplayName("rejects an unknown member")
    class UnknownMember {
        @Test
        @DisplayName("of an area, suggesting the member meant and naming those allowed")
        void area() {
            String area = AREA.replace("\"parent\"", "\"parnet\"");
            List<Problem> problems = problemsOf(withArea(1, area));
            assertThat(problems.get(0)).isEqualTo(new Problem("$.areas[1].parnet", "unknown member 'parnet' (did you"
                    + " mean 'parent'?); an area has only 'code', 'name', 'level', 'parent', 'kind', 'boundary'"));
        }

        @Test
        @DisplayName("at the top of the file")
        void top() {
            String json = longshan(List.of()).replace("\"format\"", "\"comment\": \"x\", \"format\"");
            assertThat(onlyProblem(json, "$.comment").message()).contains("a grid file has only 'format', 'scheme',"
                    + " 'networks', 'areas', 'staff'");
        }
    }

    @Nested
    @DisplayName("rejects an unknown key")
    class UnknownKey {
        @Test
        @DisplayName("of a level")
        void level() {
            Problem p = onlyProblem(withArea(3, GRID.replace("\"grid\"", "\"grd\"")), "$.areas[3].level");
            assertThat(p.message()).isEqualTo("unknown level 'grd' (did you mean 'grid'?); scheme 'cn-longshan' has the"
                    + " levels 'street', 'area', 'community', 'grid', 'building'");
        }

        @Test
        @DisplayName("of a grid kind")
        void kind() {
            Problem p = onlyProblem(withArea(3, GRID.replace("BASIC", "basic")), "$.areas[3].kind");
            assertThat(p.message()).startsWith("unknown grid kind 'basic' (did you mean 'BASIC'?)");
        }

        @Test
        @DisplayName("of a role")
        void role() {
            Problem p = onlyProblem(longshan(List.of(), MEMBER.replace("FULL_TIME_GRID_MEMBER", "GRID_LEADR")),
                    "$.staff[0].role");
            assertThat(p.message()).startsWith("unknown role 'GRID_LEADR' (did you mean 'GRID_LEADER'?); use one of"
                    + " GRID_LEADER, GRID_INSTRUCTOR,");
        }

        @Test
        @DisplayName("of a network")
        void network() {
            Problem p = onlyProblem(longshan(List.of(), MEMBER.replace("\"safety\"", "\"safty\"")),
                    "$.staff[0].networks[1]");
            assertThat(p.message()).startsWith("unknown network 'safty' (did you mean 'safety'?); the standard networks"
                    + " are 'party-building', 'livelihood', 'epidemic', 'safety', 'civilisation'; declare any other"
                    + " network in $.networks");
        }

        @Test
        @DisplayName("of a preset scheme")
        void preset() {
            Problem p = onlyProblem(doc("\"cn-longshna\"", List.of(STREET)), "$.scheme");
            assertThat(p.message()).startsWith("no preset scheme 'cn-longshna' (did you mean 'cn-longshan'?)");
        }

        @Test
        @DisplayName("of a format")
        void format() {
            String json = longshan(List.of()).replace("gridgov.grid/1", "gridgov.grid/2");
            assertThat(onlyProblem(json, "$.format").message()).startsWith("format 'gridgov.grid/2' is not supported");
        }
    }

    @Nested
    @DisplayName("rejects an area that is wrong on its own, at the member at fault")
    class AreaProblems {
        @Test
        @DisplayName("a code that does not fit its level")
        void code() {
            Problem p = onlyProblem(withArea(3, GRID.replace("370402003001001", "37040200300101")), "$.areas[3].code");
            assertThat(p.message()).startsWith("code '37040200300101' has 14 digits; a grid code has 15");
        }

        @Test
        @DisplayName("a grid without a kind")
        void gridWithoutKind() {
            Problem p = onlyProblem(withArea(3, GRID.replace(", \"kind\": \"BASIC\"", "")), "$.areas[3].kind");
            assertThat(p.message()).contains("needs a grid kind");
        }

        @Test
        @DisplayName("a kind on an area that is not a grid")
        void kindOnStreet() {
            String street = STREET.replace("}", ", \"kind\": \"MARKET\"}");
            assertThat(onlyProblem(withArea(0, street), "$.areas[0].kind").message()).startsWith("grid kind MARKET is"
                    + " only for areas at the grid level");
        }

        @Test
        @DisplayName("a blank name")
        void blankName() {
            assertThat(onlyProblem(withArea(0, STREET.replace("龙山路街道", " ")), "$.areas[0].name").message())
                    .startsWith("the name is blank");
        }

        @Test
        @DisplayName("an area that is its own parent")
        void ownParent() {
            String building = BUILDING.replace("\"parent\": \"370402003001001\"", "\"parent\": \"37040200300100100001\"");
            assertThat(onlyProblem(withArea(4, building), "$.areas[4].parent").message()).contains("names itself");
        }

        @Test
        @DisplayName("several things at once, each at its member")
        void several() {
            String grid = GRID.replace("370402003001001\"", "37040200300100\"").replace("第1网格", "")
                    .replace(", \"kind\": \"BASIC\"", "");
            assertThat(problemsOf(withArea(3, grid))).extracting(Problem::where)
                    .containsExactly("$.areas[3].code", "$.areas[3].name", "$.areas[3].kind");
        }
    }

    @Nested
    @DisplayName("rejects areas that do not form a tree, at the area in the file")
    class TreeProblems {
        @Test
        @DisplayName("a code used twice, naming both places")
        void duplicate() {
            String again = "{\"code\": \"370402003001\", \"name\": \"另一个社区\", \"level\": \"community\", \"parent\":"
                    + " \"37040200301\"}";
            Problem p = onlyProblem(longshan(List.of(again)), "$.areas[5].code");
            assertThat(p.message()).isEqualTo("code '370402003001' is already used by $.areas[2] ('龙山社区'); area codes"
                    + " must be unique, renumber one of the two or remove the repeated entry");
        }

        @Test
        @DisplayName("a parent that is not in the file")
        void unknownParent() {
            String grid = "{\"code\": \"370402003002001\", \"name\": \"网格\", \"level\": \"grid\", \"parent\":"
                    + " \"370402003002\", \"kind\": \"BASIC\"}";
            Problem p = onlyProblem(longshan(List.of(grid)), "$.areas[5].parent");
            assertThat(p.message()).isEqualTo("area '370402003002001': parent '370402003002' is not in the input; add"
                    + " that area, or correct the parent code");
        }

        @Test
        @DisplayName("a cycle of parent links, with the areas on it")
        void cycle() {
            String a = "{\"code\": \"370402003002\", \"name\": \"甲\", \"level\": \"community\", \"parent\":"
                    + " \"370402003003\"}";
            String b = "{\"code\": \"370402003003\", \"name\": \"乙\", \"level\": \"community\", \"parent\":"
                    + " \"370402003002\"}";
            List<Problem> problems = problemsOf(longshan(List.of(a, b)));
            assertThat(problems).hasSize(1);
            Problem p = problems.get(0);
            assertThat(p.where()).isIn("$.areas[5].parent", "$.areas[6].parent");
            assertThat(p.message()).contains("cycle of parent links").contains("(in the file: $.areas[");
        }

        @Test
        @DisplayName("a level skipped that the scheme requires")
        void levelSkip() {
            String grid = "{\"code\": \"370402003001002\", \"name\": \"网格\", \"level\": \"grid\", \"parent\":"
                    + " \"370402003\", \"kind\": \"BASIC\"}";
            assertThat(onlyProblem(longshan(List.of(grid)), "$.areas[5].parent").message())
                    .contains("would skip [community (社区)]");
        }

        @Test
        @DisplayName("a parent at a level not above the area's")
        void levelNotDeeper() {
            String community = "{\"code\": \"370402003002\", \"name\": \"社区\", \"level\": \"community\", \"parent\":"
                    + " \"370402003001001\"}";
            assertThat(onlyProblem(longshan(List.of(community)), "$.areas[5].parent").message())
                    .contains("must be deeper than its parent's");
        }

        @Test
        @DisplayName("a code that does not extend its parent's")
        void codeNotExtending() {
            String grid = "{\"code\": \"370402003002001\", \"name\": \"网格\", \"level\": \"grid\", \"parent\":"
                    + " \"370402003001\", \"kind\": \"BASIC\"}";
            assertThat(onlyProblem(longshan(List.of(grid)), "$.areas[5].code").message())
                    .contains("does not extend the code of 370402003001");
        }

        @Test
        @DisplayName("every problem at once, in file order")
        void several() {
            String dup = "{\"code\": \"370402003001\", \"name\": \"重复\", \"level\": \"community\", \"parent\":"
                    + " \"37040200301\"}";
            String orphan = "{\"code\": \"370402003009001\", \"name\": \"网格\", \"level\": \"grid\", \"parent\":"
                    + " \"370402003009\", \"kind\": \"BASIC\"}";
            String skip = "{\"code\": \"370402003001002\", \"name\": \"网格\", \"level\": \"grid\", \"parent\":"
                    + " \"370402003\", \"kind\": \"BASIC\"}";
            List<Problem> problems = problemsOf(longshan(List.of(skip, dup, orphan)));
            assertThat(problems).extracting(Problem::where)
                    .containsExactly("$.areas[5].parent", "$.areas[6].code", "$.areas[7].parent");
        }

        @Test
        @DisplayName("only once every area can be read")
        void waitsForAreas() {
            String dup = STREET.replace("}", ", \"kind\": \"BASIC\"}");
            List<Problem> problems = problemsOf(longshan(List.of(dup)));
            assertThat(problems).extracting(Problem::where).containsExactly("$.areas[5].kind");
        }
    }

    @Nested
    @DisplayName("rejects staff that do not fit")
    class StaffProblems {
        @Test
        @DisplayName("an assignment to an area not in the file")
        void unknownArea() {
            String staff = MEMBER.replace("370402003001001", "370402003001002");
            assertThat(onlyProblem(longshan(List.of(), staff), "$.staff[0].area").message())
                    .contains("area '370402003001002' is not in the grid tree");
        }

        @Test
        @DisplayName("the same person in the same role in the same area twice")
        void twice() {
            String again = MEMBER.replace("\"livelihood\", ", "");
            assertThat(onlyProblem(longshan(List.of(), MEMBER, again), "$.staff[1]").message())
                    .contains("already assigned as").contains("at $.staff[0]").doesNotContain("P-0001");
        }

        @Test
        @DisplayName("a repeated assignment to an unknown area: the area problem at .area, the repeat at the entry")
        void twiceUnknown() {
            String unknown = MEMBER.replace("370402003001001", "370402003001002");
            assertThat(problemsOf(longshan(List.of(), unknown, unknown))).extracting(Problem::where)
                    .containsExactly("$.staff[0].area", "$.staff[1].area", "$.staff[1]");
        }

        @Test
        @DisplayName("never repeats a person value, which may be a phone number, in a message")
        void personNotEchoed() {
            String number = MEMBER.replace("\"P-0001\"", "13812345678");
            String unquoted = MEMBER.replace("\"P-0001\"", "张三13812345678");
            assertThat(problemsOf(longshan(List.of(), number))).singleElement().satisfies(p -> {
                assertThat(p.where()).isEqualTo("$.staff[0].person");
                assertThat(p.message()).contains("found a number").doesNotContain("13812345678");
            });
            assertThat(problemsOf(longshan(List.of(), unquoted))).singleElement()
                    .satisfies(p -> assertThat(p.toString()).doesNotContain("13812345678"));
        }

        @Test
        @DisplayName("no networks, a network listed twice, a blank person")
        void entryProblems() {
            String empty = MEMBER.replace("[\"livelihood\", \"safety\"]", "[]");
            String twice = MEMBER.replace("\"livelihood\"", "\"safety\"").replace("P-0001", "P-0002");
            String blank = MEMBER.replace("P-0001", " ");
            List<Problem> problems = problemsOf(longshan(List.of(), empty, twice, blank));
            assertThat(problems).extracting(Problem::where)
                    .containsExactly("$.staff[0].networks", "$.staff[1].networks[1]", "$.staff[2].person");
            assertThat(problems.get(0).message()).startsWith("the list is empty");
            assertThat(problems.get(1).message()).startsWith("network 'safety' is listed twice");
        }
    }

    @Nested
    @DisplayName("rejects bad network declarations")
    class NetworkProblems {
        @Test
        @DisplayName("a standard network declared again, and a custom one declared twice")
        void declarations() {
            String json = longshan(List.of()).replace("\"areas\":", "\"networks\": [{\"key\": \"safety\", \"name\":"
                    + " \"s\", \"localName\": \"平安\"}, {\"key\": \"x\", \"name\": \"x\", \"localName\": \"x\"}, {\"key\":"
                    + " \"x\", \"name\": \"y\", \"localName\": \"y\"}],\n  \"areas\":");
            List<Problem> problems = problemsOf(json);
            assertThat(problems).extracting(Problem::where).containsExactly("$.networks[0].key", "$.networks[2].key");
            assertThat(problems.get(0).message()).contains("is a standard network");
            assertThat(problems.get(1).message()).contains("already declared at $.networks[1]");
        }
    }

    @Nested
    @DisplayName("rejects a custom scheme that cannot be built")
    class SchemeProblems {
        private String scheme(String levels) {
            return "{\"key\": \"x\", \"name\": \"x\", \"levels\": [" + levels + "]}";
        }

        private static final String TOP = "{\"key\": \"top\", \"name\": \"top\", \"localName\": \"顶\", \"segmentDigits\": 2,"
                + " \"codeLength\": 2}";

        @Test
        @DisplayName("two grid levels")
        void twoGrids() {
            String grid1 = TOP.replace("}", ", \"grid\": true}");
            String grid2 = grid1.replace("\"top\"", "\"grid\"").replace("\"codeLength\": 2", "\"codeLength\": 4");
            Problem p = onlyProblem(doc(scheme(grid1 + ", " + grid2), List.of()), "$.scheme.levels");
            assertThat(p.message()).isEqualTo("2 levels are marked \"grid\": true; mark exactly one, the level whose"
                    + " areas are grids");
        }

        @Test
        @DisplayName("no levels at all, and a blank key")
        void noLevels() {
            String s = "{\"key\": \" \", \"name\": \"x\", \"levels\": []}";
            List<Problem> problems = problemsOf(doc(s, List.of()));
            assertThat(problems).extracting(Problem::where).containsExactly("$.scheme.levels", "$.scheme.key");
            assertThat(problems.get(0).message()).startsWith("the list is empty; list the levels top first");
        }

        @Test
        @DisplayName("a level key used twice")
        void duplicateLevelKey() {
            String grid = TOP.replace("\"top\"", "\"grid\"").replace("\"codeLength\": 2", "\"codeLength\": 4")
                    .replace("}", ", \"grid\": true}");
            String again = TOP.replace("\"codeLength\": 2", "\"codeLength\": 6");
            Problem p = onlyProblem(doc(scheme(TOP + ", " + grid + ", " + again), List.of()), "$.scheme.levels[2]");
            assertThat(p.message()).contains("level key 'top' is used twice");
        }

        @Test
        @DisplayName("a level with impossible digits, at that level")
        void badLevel() {
            String bad = "{\"key\": \"grid\", \"name\": \"grid\", \"localName\": \"网格\", \"segmentDigits\": 12,"
                    + " \"codeLength\": 14, \"grid\": true}";
            Problem p = onlyProblem(doc(scheme(TOP + ", " + bad), List.of()), "$.scheme.levels[1]");
            assertThat(p.message()).contains("12 segment digits");
        }

        @Test
        @DisplayName("a segment class that starts at 0, and a negative root prefix")
        void badClassAndPrefix() {
            String top = TOP.replace("}", ", \"grid\": true, \"segmentClasses\": [{\"min\": 0, \"max\": 5, \"name\":"
                    + " \"c\", \"localName\": \"c\"}]}");
            String s = "{\"key\": \"x\", \"name\": \"x\", \"rootPrefixDigits\": -1, \"levels\": [" + top + "]}";
            assertThat(problemsOf(doc(s, List.of()))).extracting(Problem::where)
                    .containsExactly("$.scheme.rootPrefixDigits", "$.scheme.levels[0].segmentClasses[0]");
        }
    }

    @Nested
    @DisplayName("reports every problem of a file in one exception")
    class Several {
        @Test
        @DisplayName("across the top, the networks, the areas and the staff, in file order")
        void all() {
            String json = "{\n  \"format\": \"gridgov.grid/1\",\n  \"scheme\": \"cn-longshan\",\n  \"colour\": \"red\",\n"
                    + "  \"networks\": [{\"key\": \"livelihood\", \"name\": \"l\", \"localName\": \"民生\"}],\n"
                    + "  \"areas\": [\n    " + STREET + ",\n    {\"code\": 37040200301, \"name\": \"东片区\", \"level\":"
                    + " \"area\", \"parent\": \"370402003\"},\n    " + COMMUNITY.replace("community", "communty") + "\n"
                    + "  ],\n  \"staff\": [\n    " + MEMBER.replace("FULL_TIME_GRID_MEMBER", "MEMBER") + ",\n    "
                    + MEMBER.replace("\"safety\"", "\"peace\"") + "\n  ]\n}\n";
            InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> codec.parse(json));
            assertThat(e.code()).isEqualTo(ErrorCode.INVALID_DATA_FILE);
            assertThat(e.problems()).extracting(Problem::where).containsExactly(
                    "$.colour", "$.networks[0].key", "$.areas[1].code", "$.areas[2].level", "$.staff[0].role",
                    "$.staff[1].networks[1]");
            assertThat(e.getMessage()).startsWith("GOV-015: the grid file is invalid (format gridgov.grid/1) (6 problems)")
                    .contains("\n  - $.areas[2].level: unknown level 'communty' (did you mean 'community'?)");
        }

        @Test
        @DisplayName("even when the list is long")
        void many() {
            List<String> areas = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                areas.add("{\"code\": \"x" + i + "\", \"name\": \"n\", \"level\": \"street\"}");
            }
            Collections.reverse(areas);
            List<Problem> problems = problemsOf(doc("\"cn-longshan\"", areas));
            assertThat(problems).hasSize(30).allSatisfy(p -> assertThat(p.where()).endsWith(".code"));
        }
    }
}
