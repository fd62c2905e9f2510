package io.gridgov.core.grid;

import io.gridgov.core.ErrorCode;
import io.gridgov.core.InvalidInputException;
import io.gridgov.core.NotFoundException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LevelSchemeTest {
    private static final LevelScheme CN = LevelScheme.chinaNational();

    @Nested
    @DisplayName("the national preset")
    class National {
        @Test
        @DisplayName("has the seven levels top first, with grid as its grid level")
        void levels() {
            assertThat(CN.levels()).extracting(Level::key)
                    .containsExactly("province", "prefecture", "county", "township", "village", "grid", "building");
            assertThat(CN.gridLevel().key()).isEqualTo("grid");
            assertThat(CN.levels()).extracting(Level::codeLength).containsExactly(6, 6, 6, 9, 12, 15, 20);
            assertThat(CN.levels()).extracting(Level::significantDigits).containsExactly(2, 4, 6, 9, 12, 15, 20);
        }

        @ParameterizedTest(name = "{0} is a well-formed {1} code")
        @CsvSource({
            "370000,province", "110000,province", "820000,province",
            "370400,prefecture", "429000,prefecture", "370402,county", "370481,county",
            "370402001,township", "370402101,township", "370402201,township", "370402401,township",
            "370402001001,village", "370402101201,village",
            "370402001001001,grid", "370402001001999,grid",
            "37040200100100100001,building", "37040200100100199999,building"})
        void accepts(String code, String level) {
            assertThat(CN.level(level).checkCode(code)).isEmpty();
        }

        @ParameterizedTest(name = "{0} is not a {1} code: {2}")
        @CsvSource(delimiter = '|', value = {
            "37000|province|has 5 digits; a province code has 6",
            "370400|province|must end in 0000",
            "990000|province|segment '99'",
            "100000|province|segment '10'",
            "370000|prefecture|segment '00'",
            "378000|prefecture|segment '80'",
            "370401|prefecture|must end in 00",
            "370400|county|segment '00'",
            "37040200A|township|has 'A' at position 9",
            "370402000|township|segment '000'",
            "370402600|township|segment '600'",
            "370402001400|village|segment '400'",
            "370402001001000|grid|segment '000'",
            "3704020010010010001|building|has 19 digits; a building code has 20",
            "37040200100100100000|building|segment '00000'"})
        void rejects(String code, String level, String expected) {
            assertThat(CN.level(level).checkCode(code)).get().asString().contains(expected);
        }

        @Test
        @DisplayName("names the meaning of township and village segments")
        void classes() {
            Level township = CN.level("township");
            assertThat(township.classify(1)).get().extracting(SegmentClass::localName).isEqualTo("街道");
            assertThat(township.classify(150)).get().extracting(SegmentClass::localName).isEqualTo("镇");
            assertThat(township.classify(250)).get().extracting(SegmentClass::localName).isEqualTo("乡");
            assertThat(township.classify(450)).get().extracting(SegmentClass::name)
                    .isEqualTo("government-enterprise unit");
            assertThat(CN.level("village").classify(201)).get().extracting(SegmentClass::localName)
                    .isEqualTo("村民委员会");
            assertThat(township.classify(700)).isEmpty();
        }

        @Test
        @DisplayName("is found by key, and an unknown key says which exist")
        void presets() {
            assertThat(LevelScheme.preset("cn-national")).isSameAs(CN);
            assertThat(LevelScheme.preset("cn-longshan")).isSameAs(LevelScheme.longshanStreet());
            assertThatThrownBy(() -> LevelScheme.preset("changde"))
                    .isInstanceOf(NotFoundException.class).hasMessageContaining("cn-national");
            assertThatThrownBy(() -> CN.level("street"))
                    .isInstanceOf(NotFoundException.class).hasMessageContaining("GOV-004")
                    .hasMessageContaining("[province, prefecture, county, township, village, grid, building]");
        }
    }

    @Nested
    @DisplayName("the Longshan preset")
    class Longshan {
        private final LevelScheme ls = LevelScheme.longshanStreet();

        @Test
        @DisplayName("has street, cadre area, community, grid, building; the cadre area is an optional overlay")
        void levels() {
            assertThat(ls.levels()).extracting(Level::key).containsExactly("street", "area", "community", "grid", "building");
            Level area = ls.level("area");
            assertThat(area.overlay()).isTrue();
            assertThat(area.skippable()).isTrue();
            assertThat(area.codeLength()).isEqualTo(11);
            assertThat(ls.level("community").segmentStart()).isEqualTo(9);
            assertThat(ls.level("street").checkCode("370402001")).isEmpty();
        }
    }

    @Nested
    @DisplayName("a custom scheme")
    class Custom {
        @Test
        @DisplayName("builds from levels with code lengths derived along the code chain")
        void builds() {
            LevelScheme s = LevelScheme.builder("changde", "Changde five levels")
                    .level("city", "city", "市", 4, 6)
                    .level("county", "county", "县", 2, 6)
                    .level("township", "township", "乡镇", 3, 9)
                    .level("village", "village", "村", 3, 12)
                    .level("grid", "grid", "网格", 3, 15).grid()
                    .build();
            assertThat(s.levels()).extracting(Level::significantDigits).containsExactly(4, 6, 9, 12, 15);
            assertThat(s.level("city").checkCode("430700")).isEmpty();
            assertThat(s.gridLevel().key()).isEqualTo("grid");
        }

        @Test
        @DisplayName("reports every problem at once: no grid level, duplicate keys, overlay on top, bad lengths")
        void rejects() {
            LevelScheme.Builder b = LevelScheme.builder("bad", "bad")
                    .level("a", "a", "a", 2, 6).overlay()
                    .level("a", "a2", "a2", 3, 2)
                    .level("c", "c", "c", 3, 12).segmentClass(1, 5000, "x", "x");
            assertThatThrownBy(b::build)
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(e.code()).isEqualTo(ErrorCode.INVALID_LEVEL_SCHEME);
                        assertThat(e.problems()).extracting(p -> p.message()).anySatisfy(m -> assertThat(m).contains("used twice"))
                                .anySatisfy(m -> assertThat(m).contains("cannot be an overlay"))
                                .anySatisfy(m -> assertThat(m).contains("code length 2"))
                                .anySatisfy(m -> assertThat(m).contains("goes up to 5000"))
                                .anySatisfy(m -> assertThat(m).contains("0 grid levels"));
                    });
        }

        @Test
        @DisplayName("refuses an overlay whose codes could not be told apart from the level below it")
        void overlayCodeSpace() {
            LevelScheme.Builder b = LevelScheme.builder("x", "x")
                    .level("street", "street", "街道", 3, 9)
                    .level("area", "area", "片区", 3, 12).overlay()
                    .level("community", "community", "社区", 3, 12)
                    .level("grid", "grid", "网格", 3, 15).grid();
            assertThatThrownBy(b::build).isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("'area' and level 'community' would share one code space");
        }

        @Test
        @DisplayName("refuses a modifier before any level, naming what to do")
        void modifierFirst() {
            assertThatThrownBy(() -> LevelScheme.builder("x", "x").grid())
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("add a level first");
            assertThatThrownBy(() -> LevelScheme.builder("x", "x").level("a", "a", "a", 2, 6).rootPrefixDigits(3))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("before the first level");
        }
    }
}
