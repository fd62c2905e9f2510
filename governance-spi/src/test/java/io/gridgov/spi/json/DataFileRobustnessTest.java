package io.gridgov.spi.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gridgov.core.InvalidInputException;
import io.gridgov.core.cases.CategoryTaxonomy;
import io.gridgov.core.time.HolidaySchedule;
import io.gridgov.core.time.WorkCalendar;

import java.io.IOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Seeded random tests (decisions §5: no jqwik): random values round-trip through the codecs, and
 * randomly damaged golden files are either read or refused with an {@link InvalidInputException}, never
 * anything else; what the codec reads, the schema accepts. Each failure names its seed.
 */
@DisplayName("The data-file codecs, on random input,")
class DataFileRobustnessTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int SEEDS = 300;

    @Test
    @DisplayName("round-trip random taxonomies exactly")
    void randomTaxonomies() {
        DataFileCodec<CategoryTaxonomy> codec = DataFileCodec.taxonomy();
        for (int seed = 0; seed < SEEDS; seed++) {
            SplittableRandom r = new SplittableRandom(seed);
            CategoryTaxonomy.Builder b = CategoryTaxonomy.builder("t" + seed);
            List<String> codes = new ArrayList<>();
            Set<String> used = new HashSet<>();
            int n = 1 + r.nextInt(60);
            for (int i = 0; i < n; i++) {
                String parent = codes.isEmpty() || r.nextInt(5) == 0 ? null : codes.get(r.nextInt(codes.size()));
                String code;
                do {
                    code = (parent == null ? "" : parent) + (char) ('A' + r.nextInt(26)) + (r.nextBoolean() ? "" : r.nextInt(10));
                } while (code.length() > 32 || !used.add(code));
                codes.add(code);
                b.add(code, parent, "名" + i + "\"\\", "name " + i);
            }
            CategoryTaxonomy t = b.build();
            String json = codec.toJson(t);
            assertThat(codec.parse(json)).as("seed %d", seed).isEqualTo(t);
            assertThat(codec.toJson(codec.parse(json))).as("seed %d", seed).isEqualTo(json);
        }
    }

    @Test
    @DisplayName("round-trip random calendars of several years exactly")
    void randomCalendars() {
        DataFileCodec<WorkCalendar> codec = DataFileCodec.calendar();
        for (int seed = 0; seed < SEEDS; seed++) {
            SplittableRandom r = new SplittableRandom(seed);
            List<HolidaySchedule> years = new ArrayList<>();
            int first = 2000 + r.nextInt(50);
            for (int y = first; y < first + 1 + r.nextInt(4); y++) {
                Set<LocalDate> off = new HashSet<>();
                Set<LocalDate> worked = new HashSet<>();
                for (LocalDate d = LocalDate.of(y, 1, 1); d.getYear() == y; d = d.plusDays(1)) {
                    boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
                    int roll = r.nextInt(40);
                    if (roll == 0 || roll == 1 && !off.isEmpty() && off.contains(d.minusDays(1))) {
                        off.add(d);
                    } else if (roll == 2 && weekend) {
                        worked.add(d);
                    }
                }
                years.add(new HolidaySchedule(y, off, worked));
            }
            WorkCalendar c = WorkCalendar.of(WorkCalendar.CHINA, WorkCalendar.DEFAULT_OFFICE_HOURS, years);
            String json = codec.toJson(c);
            assertThat(codec.parse(json).schedules()).as("seed %d", seed).isEqualTo(c.schedules());
            assertThat(codec.toJson(codec.parse(json))).as("seed %d", seed).isEqualTo(json);
        }
    }

    @Test
    @DisplayName("refuse damaged golden files only with InvalidInputException, and read nothing the schema refuses")
    void damagedGoldens() throws IOException {
        List<DataFileGoldenTest.Golden<?>> goldens = DataFileGoldenTest.goldens().toList();
        int read = 0;
        int refused = 0;
        for (int seed = 0; seed < SEEDS * 3; seed++) {
            SplittableRandom r = new SplittableRandom(seed);
            DataFileGoldenTest.Golden<?> g = goldens.get(r.nextInt(goldens.size()));
            JsonNode doc = JSON.readTree(DataFileGoldenTest.text(g.name()));
            for (int k = 1 + r.nextInt(3); k > 0; k--) {
                damage(doc, r);
            }
            String json = JSON.writeValueAsString(doc);
            String schema = g.name().startsWith("taxonomy") ? "taxonomy.schema.json"
                    : g.name().startsWith("calendar") ? "calendar.schema.json" : "time-limits.schema.json";
            try {
                Object value = g.codec().parse(json);
                read++;
                assertThat(DataFileSchemaTest.errors(schema, json)).as("seed %d: the codec read %s, the schema refuses it",
                        seed, json).isEmpty();
                assertThat(rewrite(g.codec(), value)).as("seed %d", seed).isNotBlank();
            } catch (InvalidInputException e) {
                refused++;
                assertThat(e.problems()).as("seed %d", seed).isNotEmpty()
                        .allSatisfy(p -> assertThat(p.where()).startsWith("$"));
            } catch (RuntimeException e) {
                fail("seed " + seed + ": " + e + " on " + json, e);
            }
        }
        assertThat(read).as("some damage is harmless").isPositive();
        assertThat(refused).as("most damage is refused").isGreaterThan(read);
    }

    @SuppressWarnings("unchecked")
    private static <T> String rewrite(DataFileCodec<T> codec, Object value) {
        return codec.toJson((T) value);
    }

    /** One random change somewhere in the document: a member removed, added or replaced, an element dropped or doubled. */
    private static void damage(JsonNode doc, SplittableRandom r) {
        List<JsonNode> containers = new ArrayList<>();
        collect(doc, containers);
        JsonNode target = containers.get(r.nextInt(containers.size()));
        if (target instanceof ObjectNode o && o.size() > 0) {
            List<String> names = new ArrayList<>();
            o.fieldNames().forEachRemaining(names::add);
            String name = names.get(r.nextInt(names.size()));
            switch (r.nextInt(3)) {
                case 0 -> o.remove(name);
                case 1 -> o.set(name, randomValue(r));
                default -> o.set(r.nextBoolean() ? "extra" : name.toUpperCase(), randomValue(r));
            }
        } else if (target instanceof ArrayNode a && a.size() > 0) {
            int i = r.nextInt(a.size());
            switch (r.nextInt(3)) {
                case 0 -> a.remove(i);
                case 1 -> a.add(a.get(i).deepCopy());
                default -> a.set(i, randomValue(r));
            }
        }
    }

    private static void collect(JsonNode n, List<JsonNode> out) {
        if (n.isContainerNode()) {
            out.add(n);
            for (Iterator<JsonNode> it = n.elements(); it.hasNext(); ) {
                collect(it.next(), out);
            }
        }
    }

    private static JsonNode randomValue(SplittableRandom r) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        return switch (r.nextInt(9)) {
            case 0 -> f.numberNode(r.nextInt(-5, 5000));
            case 1 -> f.textNode("x".repeat(r.nextInt(0, 80)));
            case 2 -> f.booleanNode(r.nextBoolean());
            case 3 -> f.arrayNode().add("2025-10-0" + r.nextInt(10));
            case 4 -> f.objectNode().put("amount", r.nextInt(-1, 200)).put("unit", "CALENDAR_MONTHS");
            case 5 -> f.textNode("2025-0" + r.nextInt(10) + "-" + (10 + r.nextInt(25)));
            case 6 -> f.textNode(List.of("HANDLE", "URGENT", "S01", "C02", "township", "labour", "JUDICIAL").get(r.nextInt(7)));
            case 7 -> f.numberNode(r.nextDouble() * 100);
            default -> f.textNode("09:00-1" + r.nextInt(10) + ":00");
        };
    }
}
