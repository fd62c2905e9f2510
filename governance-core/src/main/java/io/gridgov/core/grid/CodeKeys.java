package io.gridgov.core.grid;

/**
 * Encodes an area code (up to {@value LevelScheme#MAX_CODE_LENGTH} decimal digits) exactly into two
 * {@code long}s, and back. The first up to 17 digits go into {@code hi} as a number; the rest into the
 * low 57 bits of {@code lo}, with the code's length in its top 7 bits, so that codes of different
 * lengths (and leading zeros) never collide. This lets the tree keep 16 bytes per code instead of a
 * {@code String} object, and compare codes with two {@code long} comparisons.
 */
final class CodeKeys {
    static final int HI_DIGITS = 17;
    private static final long LO_MASK = (1L << 57) - 1;

    private CodeKeys() {
    }

    /**
     * Encodes {@code code} into {@code out[at]} (hi) and {@code out[at + 1]} (lo).
     *
     * @return false if the code is empty, too long or has a character other than a decimal digit
     */
    static boolean encode(CharSequence code, long[] out, int at) {
        int len = code.length();
        if (len == 0 || len > LevelScheme.MAX_CODE_LENGTH) {
            return false;
        }
        int hiLen = Math.min(len, HI_DIGITS);
        long hi = 0;
        for (int i = 0; i < hiLen; i++) {
            int d = code.charAt(i) - '0';
            if (d < 0 || d > 9) {
                return false;
            }
            hi = hi * 10 + d;
        }
        long lo = 0;
        for (int i = hiLen; i < len; i++) {
            int d = code.charAt(i) - '0';
            if (d < 0 || d > 9) {
                return false;
            }
            lo = lo * 10 + d;
        }
        out[at] = hi;
        out[at + 1] = lo | ((long) len << 57);
        return true;
    }

    /**
     * The {@code hi} half of a code's key without allocating, or -1 if the text is not a code (empty,
     * too long, or a character other than a decimal digit anywhere in it).
     */
    static long hiOf(CharSequence code) {
        int len = code.length();
        if (len == 0 || len > LevelScheme.MAX_CODE_LENGTH) {
            return -1;
        }
        long hi = 0;
        for (int i = 0; i < len; i++) {
            int d = code.charAt(i) - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            if (i < HI_DIGITS) {
                hi = hi * 10 + d;
            }
        }
        return hi;
    }

    /** The {@code lo} half of the key of a code that {@link #hiOf} accepted. */
    static long loOf(CharSequence code) {
        int len = code.length();
        long lo = 0;
        for (int i = HI_DIGITS; i < len; i++) {
            lo = lo * 10 + (code.charAt(i) - '0');
        }
        return lo | ((long) len << 57);
    }

    static int length(long lo) {
        return (int) (lo >>> 57);
    }

    static String decode(long hi, long lo) {
        int len = length(lo);
        char[] chars = new char[len];
        int hiLen = Math.min(len, HI_DIGITS);
        long rest = lo & LO_MASK;
        for (int i = len - 1; i >= hiLen; i--) {
            chars[i] = (char) ('0' + rest % 10);
            rest /= 10;
        }
        long h = hi;
        for (int i = hiLen - 1; i >= 0; i--) {
            chars[i] = (char) ('0' + h % 10);
            h /= 10;
        }
        return new String(chars);
    }

    private static final long[] POW10 = new long[HI_DIGITS + 1];

    static {
        POW10[0] = 1;
        for (int i = 1; i < POW10.length; i++) {
            POW10[i] = POW10[i - 1] * 10;
        }
    }

    /**
     * Compares two keys in the lexicographic order of their codes (a code sorts before the codes it
     * is a prefix of): both halves are compared left-aligned, then the length decides.
     */
    static int compare(long hiA, long loA, long hiB, long loB) {
        int lenA = length(loA);
        int lenB = length(loB);
        int c = Long.compare(hiA * POW10[HI_DIGITS - Math.min(lenA, HI_DIGITS)],
                hiB * POW10[HI_DIGITS - Math.min(lenB, HI_DIGITS)]);
        if (c != 0) {
            return c;
        }
        int restA = Math.max(0, lenA - HI_DIGITS);
        int restB = Math.max(0, lenB - HI_DIGITS);
        c = Long.compare((loA & LO_MASK) * POW10[HI_DIGITS - restA], (loB & LO_MASK) * POW10[HI_DIGITS - restB]);
        return c != 0 ? c : Integer.compare(lenA, lenB);
    }

    /** Whether two codes have the same first {@code digits} digits (false if either is shorter). */
    static boolean samePrefix(long hiA, long loA, long hiB, long loB, int digits) {
        int lenA = length(loA);
        int lenB = length(loB);
        if (lenA < digits || lenB < digits) {
            return false;
        }
        int hiDigits = Math.min(digits, HI_DIGITS);
        if (hiA / POW10[Math.min(lenA, HI_DIGITS) - hiDigits] != hiB / POW10[Math.min(lenB, HI_DIGITS) - hiDigits]) {
            return false;
        }
        if (digits <= HI_DIGITS) {
            return true;
        }
        int loDigits = digits - HI_DIGITS;
        return (loA & LO_MASK) / POW10[lenA - HI_DIGITS - loDigits] == (loB & LO_MASK) / POW10[lenB - HI_DIGITS - loDigits];
    }

    /** A well-mixed 64-bit hash of a key (murmur3's finaliser over a combination of both halves). */
    static long hash(long hi, long lo) {
        long h = hi * 0x9E3779B97F4A7C15L + lo;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
