package io.gridgov.core.personal;

import io.gridgov.core.InvalidInputException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PersonalDataTest {
    @Nested
    @DisplayName("a phone number")
    class Phone {
        @Test
        @DisplayName("masks itself in toString and masked(); reveal() gives the digits")
        void masks() {
            PhoneNumber p = PhoneNumber.parse("138 1234-5678");
            assertThat(p.toString()).isEqualTo("138****5678");
            assertThat(p.masked()).isEqualTo("138****5678");
            assertThat(p.reveal()).isEqualTo("13812345678");
            assertThat(String.valueOf(p)).doesNotContain("1234");
            assertThat(PhoneNumber.parse("0632-3311234")).hasToString("063****1234");
            assertThat(p).isEqualTo(PhoneNumber.parse("13812345678")).hasSameHashCodeAs(PhoneNumber.parse("13812345678"));
        }

        @ParameterizedTest(name = "\"{0}\" is refused without being repeated")
        @ValueSource(strings = {"1381234567", "12812345678", "23812345678", "138123456789", "138-1234-567a", ""})
        void refuses(String text) {
            assertThatThrownBy(() -> PhoneNumber.parse(text)).isInstanceOfSatisfying(InvalidInputException.class, e -> {
                assertThat(e.getMessage()).contains("not a phone number");
                if (text.length() > 4) {
                    assertThat(e.getMessage()).doesNotContain(text).doesNotContain(text.replace("-", ""));
                }
            });
        }
    }

    @Nested
    @DisplayName("an identity number")
    class Id {
        @Test
        @DisplayName("checks its check character, masks itself, reveals on request")
        void valid() {
            IdNumber id = IdNumber.parse("11010519491231002x");
            assertThat(id.reveal()).isEqualTo("11010519491231002X");
            assertThat(id).hasToString("1101**********002X");
            assertThat(IdNumber.parse("370402199003071234").masked()).isEqualTo("3704**********1234");
        }

        @ParameterizedTest(name = "\"{0}\" is refused without being repeated")
        @ValueSource(strings = {"370402199003071235", "37040219900307123", "3704021990030712345", "37040219900307A234"})
        void refuses(String text) {
            assertThatThrownBy(() -> IdNumber.parse(text)).isInstanceOfSatisfying(InvalidInputException.class, e ->
                    assertThat(e.getMessage()).contains("not a valid identity number").doesNotContain(text)
                            .doesNotContain(text.substring(6, 14)));
        }
    }

    @Nested
    @DisplayName("a name")
    class Name {
        @Test
        @DisplayName("keeps its first character and masks the rest")
        void masks() {
            assertThat(PersonName.of("张三")).hasToString("张*");
            assertThat(PersonName.of(" 欧阳娜娜 ").masked()).isEqualTo("欧***");
            assertThat(PersonName.of("李").masked()).isEqualTo("李*");
            assertThat(PersonName.of("𠮷野家").masked()).as("a character outside the BMP is one character").isEqualTo("𠮷**");
            assertThat(PersonName.of("张三").reveal()).isEqualTo("张三");
        }

        @Test
        @DisplayName("a blank or absurdly long name is refused without being repeated")
        void refuses() {
            assertThatThrownBy(() -> PersonName.of("  ")).isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("anonymous");
            String tooLong = "王".repeat(65);
            assertThatThrownBy(() -> PersonName.of(tooLong)).isInstanceOf(InvalidInputException.class)
                    .hasMessageNotContaining(tooLong);
        }
    }
}
