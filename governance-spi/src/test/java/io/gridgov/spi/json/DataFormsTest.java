package io.gridgov.spi.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.gridgov.core.InvalidInputException;
import io.gridgov.core.cases.CategoryTaxonomy;
import io.gridgov.core.cases.TimeLimitPolicy;
import io.gridgov.core.grid.LevelScheme;
import io.gridgov.core.mediation.MediationLimit;
import io.gridgov.core.mediation.MediationTimeLimits;
import io.gridgov.core.time.HolidaySchedule;
import io.gridgov.core.time.TimeLimit;
import io.gridgov.core.time.WorkCalendar;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("The Jackson forms of the data-file types, as GovernanceJsonModule installs them")
class DataFormsTest {
    private final ObjectMapper mapper = mapper();

    /** A mapper with the public module, which installs the data files' forms with the domain forms. */
    static ObjectMapper mapper() {
        return JsonMapper.builder().addModule(new GovernanceJsonModule()).build();
    }

    private <T> T roundTrip(T value, Class<T> type) throws IOException {
        return mapper.readValue(mapper.writeValueAsString(value), type);
    }

    @Nested
    @DisplayName("are the file forms")
    class FileForms {
        @Test
        @DisplayName("for a taxonomy, a calendar and a time-limits file, read from the golden files")
        void goldens() throws IOException {
            assertThat(mapper.readValue(DataFileGoldenTest.text("taxonomy-urban-and-social.json"), CategoryTaxonomy.class))
                    .isEqualTo(CategoryTaxonomy.urbanAndSocial());
            assertThat(DataFileGoldenTest.content(mapper.readValue(DataFileGoldenTest.text("calendar-urumqi-hours.json"),
                    WorkCalendar.class))).isEqualTo(DataFileGoldenTest.content(DataFileGoldenTest.urumqi()));
            assertThat(mapper.readValue(DataFileGoldenTest.text("time-limits-standard.json"), TimeLimitsFile.class))
                    .isEqualTo(TimeLimitsFile.standard());
        }

        @Test
        @DisplayName("written as the codec writes them, up to layout")
        void sameTree() throws IOException {
            TimeLimitsFile standard = TimeLimitsFile.standard();
            assertThat(mapper.readTree(mapper.writeValueAsString(standard)))
                    .isEqualTo(mapper.readTree(DataFileCodec.timeLimits().toJson(standard)));
            WorkCalendar c = DataFileGoldenTest.urumqi();
            assertThat(mapper.readTree(mapper.writeValueAsString(c)))
                    .isEqualTo(mapper.readTree(DataFileCodec.calendar().toJson(c)));
        }

        @Test
        @DisplayName("round-trip into equal values")
        void roundTrips() throws IOException {
            CategoryTaxonomy t = DataFileGoldenTest.twoRoots();
            assertThat(roundTrip(t, CategoryTaxonomy.class)).isEqualTo(t);
            WorkCalendar c = DataFileGoldenTest.urumqi();
            assertThat(DataFileGoldenTest.content(roundTrip(c, WorkCalendar.class)))
                    .isEqualTo(DataFileGoldenTest.content(c));
            TimeLimitsFile city = DataFileGoldenTest.city();
            TimeLimitsFile back = mapper.readerFor(TimeLimitsFile.class).withAttribute(CategoryTaxonomy.class, t)
                    .readValue(mapper.writeValueAsString(city));
            assertThat(back).isEqualTo(city);
        }
    }

    @Nested
    @DisplayName("are the parts' forms")
    class Parts {
        @Test
        @DisplayName("for a year's schedule, a time limit and a mediation limit")
        void small() throws IOException {
            assertThat(roundTrip(HolidaySchedule.china2025(), HolidaySchedule.class)).isEqualTo(HolidaySchedule.china2025());
            assertThat(mapper.writeValueAsString(TimeLimit.workingDays(15))).isEqualTo("{\"amount\":15,\"unit\":\"WORKING_DAYS\"}");
            assertThat(roundTrip(TimeLimit.calendarMonths(2), TimeLimit.class)).isEqualTo(TimeLimit.calendarMonths(2));
            MediationLimit m = MediationTimeLimits.standard().otherwise();
            assertThat(roundTrip(m, MediationLimit.class)).isEqualTo(m);
        }

        @Test
        @DisplayName("for the two policies, nested in other values")
        void policies() throws IOException {
            TimeLimitsFile standard = TimeLimitsFile.standard();
            String json = "{\"policy\": " + mapper.writeValueAsString(standard.cases().orElseThrow()) + "}";
            Map<String, TimeLimitPolicy> cases = mapper.readValue(json, new TypeReference<Map<String, TimeLimitPolicy>>() { });
            assertThat(TimeLimitsFile.sameCases(cases.get("policy"), standard.cases().orElseThrow())).isTrue();
            MediationTimeLimits m = roundTrip(standard.mediation().orElseThrow(), MediationTimeLimits.class);
            assertThat(TimeLimitsFile.sameMediation(m, standard.mediation().orElseThrow())).isTrue();
            List<TimeLimit> limits = mapper.readValue("[{\"amount\": 1, \"unit\": \"NATURAL_HOURS\"}, null]",
                    new TypeReference<List<TimeLimit>>() { });
            assertThat(limits).containsExactly(TimeLimit.naturalHours(1), null);
        }
    }

    @Nested
    @DisplayName("refuse a bad value")
    class Refusing {
        @Test
        @DisplayName("with every problem at its path in the document being read")
        void paths() {
            Throwable t = catchThrowable(() -> mapper.readValue("[{\"amount\": 0, \"unit\": \"DAYS\"}]",
                    new TypeReference<List<TimeLimit>>() { }));
            InvalidInputException e = t instanceof InvalidInputException i ? i : (InvalidInputException) t.getCause();
            assertThat(e.problems()).extracting(p -> p.where()).containsExactly("$[0].unit");
        }

        @Test
        @DisplayName("naming a taxonomy neither preset nor in the reader's attributes")
        void unknownTaxonomy() throws IOException {
            String city = mapper.writeValueAsString(DataFileGoldenTest.city());
            assertThatThrownBy(() -> mapper.readValue(city, TimeLimitsFile.class))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("$.cases.taxonomy: unknown taxonomy 'city-x'");
            TimeLimitsFile read = mapper.readerFor(TimeLimitsFile.class)
                    .withAttribute(CategoryTaxonomy.class, List.of(DataFileGoldenTest.twoRoots()))
                    .withAttribute(LevelScheme.class, LevelScheme.longshanStreet()).readValue(city);
            assertThat(read).isEqualTo(DataFileGoldenTest.city());
            assertThatThrownBy(() -> mapper.readerFor(TimeLimitsFile.class).withAttribute(CategoryTaxonomy.class, "city-x")
                    .readValue(city)).isInstanceOfAny(IllegalArgumentException.class, JsonMappingException.class)
                    .hasMessageContaining("put a CategoryTaxonomy or a collection of them there");
        }
    }
}
