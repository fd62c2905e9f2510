package io.gridgov.spi.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gridgov.core.InvalidInputException;
import io.gridgov.core.Problem;
import io.gridgov.core.lifecycle.Identifiers;
import io.gridgov.core.lifecycle.LifecycleChecks;
import io.gridgov.spi.tracking.TrackingNumbers;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The contract every {@link TrackingNumbers} keeps (see its "Specification for implementors"). Extend it
 * and return a fresh generator from {@link #create()}; the tests ask only for numbers for the current day
 * and the day before, as the engine does.
 */
public abstract class TrackingNumbersContract {
    /** A fixed "now": 2024-01-05 09:30 in Beijing time. */
    protected static final Instant NOW = Instant.parse("2024-01-05T01:30:00Z");

    private TrackingNumbers numbers;

    /**
     * A fresh generator that has issued no number yet.
     *
     * @return the generator under test
     */
    protected abstract TrackingNumbers create();

    @BeforeEach
    void freshGenerator() {
        numbers = create();
    }

    @Nested
    @DisplayName("issues numbers that")
    class Syntax {
        @ParameterizedTest(name = "area of {0} digits")
        @ValueSource(ints = {1, 2, 6, 9, 11, 12, 15, 17, 18, 20, 34})
        @DisplayName("are valid identifiers, never shaped like a phone or ID number, for an area code of any length")
        void validForEveryAreaLength(int digits) {
            // areas that look personal themselves: 11 digits starting 13, 17 or 18 digits
            String area = ("13" + "8".repeat(40)).substring(0, digits);
            for (int i = 0; i < 50; i++) {
                String n = numbers.next(area, NOW.plusSeconds(i));
                assertThat(Identifiers.isValid(n)).as("number %s for area %s", n, area).isTrue();
            }
        }

        @Test
        @DisplayName("pass the lifecycles' identifier check for a 12-digit community code on any day of the year")
        void passLifecycleCheck() {
            Instant start = Instant.parse("2024-01-01T00:00:00Z");
            for (int day = 0; day < 366; day++) {
                TrackingNumbers fresh = create();
                String n = fresh.next("370402003001", start.plus(Duration.ofDays(day)));
                List<Problem> problems = new ArrayList<>();
                LifecycleChecks.checkIdentifier(n, "trackingNumber", problems);
                assertThat(problems).as("number %s", n).isEmpty();
            }
        }
    }

    @Nested
    @DisplayName("never issues a number twice")
    class Uniqueness {
        @Test
        @DisplayName("for one area and day")
        void sameAreaAndDay() {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < 2_000; i++) {
                assertThat(seen.add(numbers.next("370402003001", NOW))).as("call %d", i).isTrue();
            }
        }

        @Test
        @DisplayName("across areas whose codes prefix one another, and across today and yesterday")
        void acrossAreasAndDays() {
            List<String> areas = List.of("3704", "370402", "370402003", "3704020030", "370402003001", "37040200300");
            Instant yesterday = NOW.minus(Duration.ofDays(1));
            Set<String> seen = new HashSet<>();
            SplittableRandom random = new SplittableRandom(5);
            for (int i = 0; i < 3_000; i++) {
                String area = areas.get(random.nextInt(areas.size()));
                Instant at = random.nextBoolean() ? NOW.plusSeconds(random.nextInt(3600)) : yesterday;
                assertThat(seen.add(numbers.next(area, at))).as("call %d (area %s, %s)", i, area, at).isTrue();
            }
        }

        @Test
        @DisplayName("when 8 threads race for numbers of the same area and day")
        void concurrent() throws Exception {
            int threads = 8;
            int perThread = 2_000;
            Set<String> seen = ConcurrentHashMap.newKeySet();
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            CountDownLatch start = new CountDownLatch(1);
            try {
                List<Future<List<String>>> results = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    int thread = t;
                    results.add(pool.submit(() -> {
                        start.await();
                        List<String> mine = new ArrayList<>(perThread);
                        for (int i = 0; i < perThread; i++) {
                            // two areas, so threads contend on one and spread over the other
                            String area = i % 4 == 0 ? "370402003002" : "370402003001";
                            mine.add(numbers.next(area, NOW.plusMillis(thread)));
                        }
                        return mine;
                    }));
                }
                start.countDown();
                int total = 0;
                for (Future<List<String>> f : results) {
                    for (String n : f.get(60, TimeUnit.SECONDS)) {
                        total++;
                        assertThat(seen.add(n)).as("number %s issued twice", n).isTrue();
                    }
                }
                assertThat(total).isEqualTo(threads * perThread);
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Nested
    @DisplayName("refuses")
    class Refuses {
        @Test
        @DisplayName("nulls with a NullPointerException")
        void nulls() {
            assertThatThrownBy(() -> numbers.next(null, NOW)).isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> numbers.next("370402", null)).isInstanceOf(NullPointerException.class);
        }

        @ParameterizedTest(name = "\"{0}\"")
        @ValueSource(strings = {"", "37040a", "3704 02", "-370402", "12345678901234567890123456789012345"})
        @DisplayName("an area code that is not 1 to 34 digits, with an InvalidInputException")
        void badArea(String area) {
            assertThatThrownBy(() -> numbers.next(area, NOW)).isInstanceOf(InvalidInputException.class);
        }
    }
}
