package io.gridgov.spi.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.gridgov.core.ErrorCode;
import io.gridgov.core.InvalidInputException;
import io.gridgov.core.Problem;
import io.gridgov.core.cases.GeoPoint;
import io.gridgov.spi.locator.Boundary;
import io.gridgov.spi.locator.Polygon;
import io.gridgov.spi.locator.Ring;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Boundaries in the grid file")
class GridFileBoundaryTest {
    private final GridFileCodec codec = new GridFileCodec();

    private static final String SQUARE = "[[117.56, 34.86], [117.57, 34.86], [117.57, 34.87], [117.56, 34.87], [117.56, 34.86]]";
    private static final String HOLE = "[[117.562, 34.862], [117.564, 34.862], [117.564, 34.864], [117.562, 34.862]]";

    /** The small valid file of GridFileCodecTest, with a boundary member on its grid. */
    private static String withGridBoundary(String boundary) {
        String grid = GridFileCodecTest.GRID.substring(0, GridFileCodecTest.GRID.length() - 1) + ", \"boundary\": "
                + boundary + "}";
        return GridFileCodecTest.withArea(3, grid);
    }

    private List<Problem> problemsOf(String json) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> codec.parse(json));
        assertThat(e).as("the file is rejected").isNotNull();
        assertThat(e.code()).isEqualTo(ErrorCode.INVALID_DATA_FILE);
        return e.problems();
    }

    @Nested
    @DisplayName("reads and writes")
    class RoundTrip {
        @Test
        @DisplayName("a polygon with a hole, which the file then contains and writes back byte for byte")
        void polygonWithHole() {
            String json = withGridBoundary("{\"type\": \"Polygon\", \"coordinates\": [" + SQUARE + ", " + HOLE + "]}");
            GridFile file = codec.parse(json);
            Boundary b = file.boundary("370402003001001").orElseThrow();
            assertThat(b.polygons()).singleElement().satisfies(p -> assertThat(p.holes()).hasSize(1));
            assertThat(b.contains(new GeoPoint(34.8615, 117.5615))).isTrue();
            assertThat(b.contains(new GeoPoint(34.8625, 117.5635))).isFalse(); // in the hole
            String written = codec.toJson(file);
            assertThat(codec.toJson(codec.parse(written))).isEqualTo(written);
            assertThat(codec.parse(written)).isEqualTo(file);
            assertThat(written).contains("\"kind\": \"BASIC\", \"boundary\": {\"type\": \"Polygon\", \"coordinates\": ["
                    + SQUARE + ", " + HOLE + "]}}");
        }

        @Test
        @DisplayName("a multipolygon as a MultiPolygon, and one of a single polygon as a Polygon")
        void multi() {
            String json = withGridBoundary("{\"type\": \"MultiPolygon\", \"coordinates\": [[" + SQUARE + "], [" + HOLE
                    + "]]}");
            GridFile file = codec.parse(json);
            assertThat(file.boundaries().get("370402003001001").polygons()).hasSize(2);
            assertThat(codec.toJson(file)).contains("{\"type\": \"MultiPolygon\", \"coordinates\": [[" + SQUARE + "], ["
                    + HOLE + "]]}");
            String single = withGridBoundary("{\"type\": \"MultiPolygon\", \"coordinates\": [[" + SQUARE + "]]}");
            assertThat(codec.toJson(codec.parse(single))).contains("{\"type\": \"Polygon\", \"coordinates\": [" + SQUARE
                    + "]}");
        }

        @Test
        @DisplayName("integers, exponents and a host mapper's big decimals as the same doubles")
        void numbers() throws IOException {
            String json = withGridBoundary("{\"type\": \"Polygon\", \"coordinates\": [[[117, 34], [1.18E2, 34], [118,"
                    + " 35], [117, 34]]]}");
            Ring r = codec.parse(json).boundaries().get("370402003001001").polygons().get(0).exterior();
            assertThat(r).isEqualTo(Ring.of(117, 34, 118, 34, 118, 35, 117, 34));
            GridFileCodec decimals = new GridFileCodec(new ObjectMapper().enable(
                    com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS));
            assertThat(decimals.parse(json)).isEqualTo(codec.parse(json));
        }

        @Test
        @DisplayName("a file without boundaries as before, with none")
        void none() {
            GridFile file = codec.parse(GridFileCodecTest.withArea(3, GridFileCodecTest.GRID));
            assertThat(file.boundaries()).isEmpty();
            assertThat(codec.toJson(file)).doesNotContain("boundary");
        }

        @Test
        @DisplayName("a null boundary as no boundary")
        void nullBoundary() {
            assertThat(codec.parse(withGridBoundary("null")).boundaries()).isEmpty();
        }
    }

    @Nested
    @DisplayName("rejects, with the JSON path of the value at fault,")
    class Rejects {
        @ParameterizedTest(name = "{2}")
        @CsvSource(delimiter = '|', textBlock = """
                "Polygon"                                                                  | $.areas[3].boundary                               | not an object
                {"type": "Point", "coordinates": [117, 34]}                                | $.areas[3].boundary.type                          | another geometry
                {"type": "Polygon"}                                                        | $.areas[3].boundary.coordinates                   | no coordinates
                {"type": "Polygon", "coordinates": [], "bbox": [1, 2, 3, 4]}              | $.areas[3].boundary.bbox                          | an unknown member
                {"type": "Polygon", "coordinates": []}                                     | $.areas[3].boundary.coordinates                   | a polygon without rings
                {"type": "MultiPolygon", "coordinates": []}                                | $.areas[3].boundary.coordinates                   | a multipolygon without polygons
                {"type": "Polygon", "coordinates": [[[0, 0], [1, 0], [0, 0]]]}             | $.areas[3].boundary.coordinates[0]                | a ring of 3 positions
                {"type": "Polygon", "coordinates": [[[0, 0], [1, 0], [1, 1], [0, 1]]]}     | $.areas[3].boundary.coordinates[0]                | an open ring
                {"type": "Polygon", "coordinates": [[[0, 0], [1, 0], [1, 91], [0, 0]]]}    | $.areas[3].boundary.coordinates[0][2][1]          | a latitude out of range
                {"type": "Polygon", "coordinates": [[[0, 0], [181, 0], [1, 1], [0, 0]]]}   | $.areas[3].boundary.coordinates[0][1][0]          | a longitude out of range
                {"type": "Polygon", "coordinates": [[[0, 0, 5], [1, 0], [1, 1], [0, 0]]]}  | $.areas[3].boundary.coordinates[0][0]             | an altitude
                {"type": "Polygon", "coordinates": [[[0, "0"], [1, 0], [1, 1], [0, 0]]]}   | $.areas[3].boundary.coordinates[0][0]             | a coordinate as text
                {"type": "Polygon", "coordinates": [[[0, 0], [1, 1], [2, 2], [0, 0]]]}     | $.areas[3].boundary.coordinates[0]                | a ring on one line
                {"type": "MultiPolygon", "coordinates": [[[[0, 0], [1, 0], [1, 1]]]]}       | $.areas[3].boundary.coordinates[0][0]             | an open ring of a multipolygon
                """)
        @DisplayName("a boundary that is")
        void bad(String boundary, String where, String what) {
            List<Problem> problems = problemsOf(withGridBoundary(boundary));
            assertThat(problems).extracting(Problem::where).as(what).contains(where);
        }

        @Test
        @DisplayName("every bad ring of a file at once, saying how to fix each")
        void every() {
            String json = withGridBoundary("{\"type\": \"Polygon\", \"coordinates\": [[[0, 0], [1, 0], [1, 1], [0, 1]],"
                    + " [[0, 0], [1, 0], [0, 0]], [[91, 91], [0, 0], [1, 0], [91, 91]]]}");
            assertThat(problemsOf(json)).extracting(Problem::toString).containsExactly(
                    "$.areas[3].boundary.coordinates[0]: the ring is not closed: its last position [0.0, 1.0] differs"
                            + " from its first [0.0, 0.0]; repeat the first position at the end",
                    "$.areas[3].boundary.coordinates[1]: it has 3 positions; a ring needs at least 4 (three corners"
                            + " and the first again to close it)",
                    "$.areas[3].boundary.coordinates[2][0][1]: latitude 91.0 is not within -90 to 90; positions are"
                            + " [longitude, latitude] in WGS-84 degrees (is the order swapped?)",
                    "$.areas[3].boundary.coordinates[2][3][1]: latitude 91.0 is not within -90 to 90; positions are"
                            + " [longitude, latitude] in WGS-84 degrees (is the order swapped?)");
        }

        @Test
        @DisplayName("an unknown geometry type with a hint")
        void hint() {
            assertThat(problemsOf(withGridBoundary("{\"type\": \"polygon\", \"coordinates\": [" + SQUARE + "]}")))
                    .singleElement().satisfies(p -> assertThat(p.message()).isEqualTo("boundary type 'polygon' is not"
                            + " supported (did you mean 'Polygon'?); an area's boundary is a \"Polygon\" or a"
                            + " \"MultiPolygon\""));
        }
    }

    @Test
    @DisplayName("a grid file in code refuses boundaries of areas its tree does not hold")
    void unknownArea() {
        GridFile sample = GridFile.longshanSample();
        Boundary b = Boundary.of(Polygon.of(Ring.of(0, 0, 1, 0, 1, 1, 0, 0)));
        assertThatThrownBy(() -> sample.withBoundaries(Map.of("370402003999", b)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(Problem::where).containsExactly("boundaries.370402003999"));
        assertThat(sample.withBoundaries(Map.of()).boundaries()).isEmpty();
        assertThat(sample.withBoundaries(Map.of())).isNotEqualTo(sample);
    }
}
