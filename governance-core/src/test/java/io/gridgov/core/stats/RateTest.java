package io.gridgov.core.stats;

import io.gridgov.core.InvalidInputException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("A rate")
class RateTest {

    @Nested
    @DisplayName("is a numerator over a denominator")
    class Counts {
        @Test
        @DisplayName("between 0 and the denominator, both counted in longs")
        void valid() {
            assertThat(Rate.of(0, 0)).isEqualTo(Rate.NONE);
            assertThat(Rate.of(Long.MAX_VALUE, Long.MAX_VALUE).value()).hasValue(1.0);
            assertThatThrownBy(() -> Rate.of(-1, 3)).isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("numerator -1 is not between 0 and the denominator 3");
            assertThatThrownBy(() -> Rate.of(4, 3)).isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("numerator 4");
            assertThatThrownBy(() -> Rate.of(0, -1)).isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("denominator -1 is negative");
        }

        @Test
        @DisplayName("adds up part by part, and refuses to overflow")
        void plus() {
            assertThat(Rate.of(1, 2).plus(Rate.of(3, 5))).isEqualTo(Rate.of(4, 7));
            assertThat(Rate.NONE.plus(Rate.of(3, 5))).isEqualTo(Rate.of(3, 5));
            assertThat(Rate.of(3, 5).remainder()).isEqualTo(2);
            assertThatThrownBy(() -> Rate.of(1, Long.MAX_VALUE).plus(Rate.of(1, 1)))
                    .isInstanceOf(ArithmeticException.class);
        }
    }

    @Nested
    @DisplayName("over nothing")
    class OverNothing {
        @Test
        @DisplayName("has no value, no percentage, and says so rather than 0%")
        void empty() {
            assertThat(Rate.NONE.hasData()).isFalse();
            assertThat(Rate.NONE.value()).isEmpty();
            assertThat(Rate.NONE.percent(1)).isEmpty();
            assertThat(Rate.NONE).hasToString("0/0 (no data)");
        }
    }

    @Nested
    @DisplayName("as a percentage")
    class Percent {
        @Test
        @DisplayName("is exact and rounded half up at the scale asked for")
        void halfUp() {
            assertThat(Rate.of(1614, 1640).percent(0)).contains(new BigDecimal("98"));
            assertThat(Rate.of(1614, 1640).percent(2)).contains(new BigDecimal("98.41"));
            assertThat(Rate.of(1, 8).percent(1)).as("12.5 exactly").contains(new BigDecimal("12.5"));
            assertThat(Rate.of(1, 8).percent(0)).as("12.5 rounds up").contains(new BigDecimal("13"));
            assertThat(Rate.of(1, 3).percent(2)).contains(new BigDecimal("33.33"));
            assertThat(Rate.of(2, 3).percent(2)).contains(new BigDecimal("66.67"));
            assertThat(Rate.of(9_999, 10_000).percent(2)).as("Zhangzhou's 99.99%").contains(new BigDecimal("99.99"));
            assertThat(Rate.of(Long.MAX_VALUE - 1, Long.MAX_VALUE).percent(0)).contains(new BigDecimal("100"));
        }

        @Test
        @DisplayName("refuses a scale outside 0 to 10")
        void scale() {
            assertThatThrownBy(() -> Rate.of(1, 2).percent(-1)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("scale -1");
            assertThatThrownBy(() -> Rate.of(1, 2).percent(11)).isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        @DisplayName("shows in toString to one place, with the counts behind it")
        void shown() {
            assertThat(Rate.of(1614, 1640)).hasToString("1614/1640 (98.4%)");
            assertThat(Rate.of(1, 1)).hasToString("1/1 (100.0%)");
            assertThat(Rate.of(0, 7)).hasToString("0/7 (0.0%)");
        }
    }
}
