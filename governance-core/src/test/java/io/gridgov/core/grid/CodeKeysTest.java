package io.gridgov.core.grid;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The code encoding against its string definitions, on random digit strings of every length. */
class CodeKeysTest {
    private static String randomCode(Random rnd) {
        int len = 1 + rnd.nextInt(LevelScheme.MAX_CODE_LENGTH);
        StringBuilder sb = new StringBuilder(len);
        for (int i = 0; i < len; i++) {
            sb.append((char) ('0' + (rnd.nextInt(4) == 0 ? 0 : rnd.nextInt(10))));
        }
        return sb.toString();
    }

    private static long[] key(String code) {
        long[] k = new long[2];
        assertThat(CodeKeys.encode(code, k, 0)).isTrue();
        return k;
    }

    @Test
    @DisplayName("encodes every digit string exactly: decode, hiOf/loOf and equality agree with the string")
    void roundTrip() {
        Random rnd = new Random(1);
        for (int i = 0; i < 20_000; i++) {
            String code = randomCode(rnd);
            long[] k = key(code);
            assertThat(CodeKeys.decode(k[0], k[1])).isEqualTo(code);
            assertThat(CodeKeys.hiOf(code)).isEqualTo(k[0]);
            assertThat(CodeKeys.loOf(code)).isEqualTo(k[1]);
            assertThat(k[1]).as("lo is never 0, the empty-slot marker").isNotZero();
        }
        assertThat(key("0")).isNotEqualTo(key("00"));
        assertThat(key("01")).isNotEqualTo(key("1"));
    }

    @Test
    @DisplayName("rejects text that is not a code")
    void rejects() {
        long[] k = new long[2];
        assertThat(CodeKeys.encode("", k, 0)).isFalse();
        assertThat(CodeKeys.encode("12a4", k, 0)).isFalse();
        assertThat(CodeKeys.encode("1".repeat(LevelScheme.MAX_CODE_LENGTH + 1), k, 0)).isFalse();
        assertThat(CodeKeys.hiOf("12 4")).isEqualTo(-1);
        assertThat(CodeKeys.hiOf("-1")).isEqualTo(-1);
    }

    @Test
    @DisplayName("orders keys as their strings, and tests prefixes as their strings")
    void orderAndPrefix() {
        Random rnd = new Random(2);
        for (int i = 0; i < 20_000; i++) {
            String a = randomCode(rnd);
            // half the time b shares a prefix with a, so that prefix answers are often true
            String b = rnd.nextBoolean() ? a.substring(0, rnd.nextInt(a.length() + 1)) + randomCode(rnd) : randomCode(rnd);
            if (b.length() > LevelScheme.MAX_CODE_LENGTH) {
                b = b.substring(0, LevelScheme.MAX_CODE_LENGTH);
            }
            long[] ka = key(a);
            long[] kb = key(b);
            assertThat(Integer.signum(CodeKeys.compare(ka[0], ka[1], kb[0], kb[1])))
                    .as("compare(%s, %s)", a, b).isEqualTo(Integer.signum(a.compareTo(b)));
            int digits = 1 + rnd.nextInt(LevelScheme.MAX_CODE_LENGTH);
            boolean expected = a.length() >= digits && b.length() >= digits && a.regionMatches(0, b, 0, digits);
            assertThat(CodeKeys.samePrefix(ka[0], ka[1], kb[0], kb[1], digits))
                    .as("samePrefix(%s, %s, %d)", a, b, digits).isEqualTo(expected);
        }
    }
}
