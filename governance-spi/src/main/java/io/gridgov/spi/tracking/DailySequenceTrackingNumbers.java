package io.gridgov.spi.tracking;

import io.gridgov.core.ErrorCode;
import io.gridgov.core.GovernanceException;
import io.gridgov.core.InvalidInputException;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The default {@link TrackingNumbers}: {@code {area}-{yyyyMMdd}-{seq}}, e.g.
 * {@code 370402003001-20240105-000017} for the 17th report of the day in community 370402003001. The
 * day is the report's calendar day in a configurable zone ({@code Asia/Shanghai} by default, China's one
 * civil time); the sequence counts from 1 per (area, day) and is zero-padded to a fixed width (6 digits
 * by default), so a day's numbers for one area sort in the order they were issued.
 *
 * <h2>Why the numbers always pass the identifier checks</h2>
 * A number always contains two hyphens, so it is never all digits and can never be shaped like a phone
 * or identity number, which {@link io.gridgov.core.lifecycle.Identifiers} refuses; the longest number (a
 * 34-digit area, 9 sequence digits) has 53 characters, within the 64 an identifier may have.
 *
 * <h2>Overflow</h2>
 * When an area's sequence for a day is used up (999,999 numbers with 6 digits), {@link #next} throws a
 * {@link GovernanceException} with {@link ErrorCode#TRACKING_SEQUENCE_EXHAUSTED} for that area and day
 * until the day changes; it never wraps round or widens the field (which would repeat a number or break
 * the order). Other areas and days are not affected. Choose {@link Builder#sequenceDigits(int)} so that
 * this cannot happen.
 *
 * <h2>Memory and late instants</h2>
 * The generator keeps one counter per area for the newest day it has issued numbers for (in any area) and
 * the {@link Builder#retainedDays(int) days before it} ({@value #DEFAULT_RETAINED_DAYS} days in all by
 * default, which covers reports racing across midnight). Older counters are dropped, so memory stays
 * proportional to the number of busy areas; a number for a dropped day could repeat one already issued,
 * so it is refused with {@link ErrorCode#TRACKING_DAY_CLOSED}. Pass the current instant, as the engine
 * does.
 *
 * <h2>Scope of uniqueness</h2>
 * Numbers are unique within one instance. Counters live in memory: a new instance (after a restart, or
 * in another process) starts every sequence at 1 again. A host running more than one engine, or
 * restarting one during a day, implements {@link TrackingNumbers} over its database instead.
 *
 * <p>Thread-safe: the counter of one (area, day) is advanced atomically; different areas do not contend.
 */
public final class DailySequenceTrackingNumbers implements TrackingNumbers {
    /** The zone whose calendar days the numbers carry by default: China's civil time. */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");
    /** The default width of the sequence. */
    public static final int DEFAULT_SEQUENCE_DIGITS = 6;
    /** The default number of days whose counters are kept: the newest day and the one before it. */
    public static final int DEFAULT_RETAINED_DAYS = 2;
    /** The widest sequence. */
    public static final int MAX_SEQUENCE_DIGITS = 9;
    /** The longest area code (see {@link io.gridgov.core.grid.LevelScheme#MAX_CODE_LENGTH}). */
    private static final int MAX_AREA_DIGITS = 34;

    private final ZoneId zone;
    private final int digits;
    private final long max;
    private final int retainedDays;
    private final ConcurrentMap<Key, Long> counters = new ConcurrentHashMap<>();
    /** The newest epoch day a number was asked for; only grows. */
    private final AtomicLong newestDay = new AtomicLong(Long.MIN_VALUE);

    private DailySequenceTrackingNumbers(Builder b) {
        this.zone = b.zone;
        this.digits = b.digits;
        this.max = pow10(b.digits) - 1;
        this.retainedDays = b.retainedDays;
    }

    /**
     * A generator with the defaults: days in {@code Asia/Shanghai}, a 6-digit sequence, counters kept
     * for 2 days.
     *
     * @return a new generator, every sequence at 0
     */
    public static DailySequenceTrackingNumbers create() {
        return builder().build();
    }

    /**
     * Starts a generator with other settings.
     *
     * @return a builder holding the defaults
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * {@inheritDoc}
     *
     * @throws InvalidInputException ({@link ErrorCode#INVALID_INPUT}) if the area code is not 1 to 34
     *                               digits, or the instant's day is not in the years 1 to 9999
     * @throws GovernanceException   ({@link ErrorCode#TRACKING_SEQUENCE_EXHAUSTED}) if the area's sequence
     *                               for the day is used up; ({@link ErrorCode#TRACKING_DAY_CLOSED}) if the
     *                               day lies before the days whose counters are kept
     */
    @Override
    public String next(String areaCode, Instant at) {
        Objects.requireNonNull(areaCode, "areaCode");
        Objects.requireNonNull(at, "at");
        checkArea(areaCode);
        LocalDate date = dayOf(at);
        long day = date.toEpochDay();
        long before = newestDay.getAndAccumulate(day, Math::max);
        if (day > before && before != Long.MIN_VALUE) {
            prune();
        }
        Key key = new Key(areaCode, day);
        // The check and the increment happen under the key's lock, after any raise of newestDay that a
        // prune of this key followed; so a pruned counter is never re-created from zero.
        long seq = counters.compute(key, (k, issued) -> {
            long oldest = oldestKept();
            if (day < oldest) {
                throw new GovernanceException(ErrorCode.TRACKING_DAY_CLOSED, "tracking numbers for area " + areaCode
                        + " on " + date + " (" + zone + ") can no longer be issued: this generator has issued numbers"
                        + " for " + LocalDate.ofEpochDay(newestDay.get()) + " and keeps the counters of the last "
                        + retainedDays + " day(s) only, so it might repeat a number; pass the current instant, or keep"
                        + " more days with DailySequenceTrackingNumbers.builder().retainedDays(...)");
            }
            long n = issued == null ? 1 : issued + 1;
            if (n > max) {
                throw new GovernanceException(ErrorCode.TRACKING_SEQUENCE_EXHAUSTED, "area " + areaCode + " has used"
                        + " all " + max + " tracking numbers of " + date + " (" + zone + "): the sequence has " + digits
                        + " digits; build the generator with a wider sequence, e.g."
                        + " DailySequenceTrackingNumbers.builder().sequenceDigits(" + Math.min(digits + 2,
                        MAX_SEQUENCE_DIGITS) + ")");
            }
            return n;
        });
        return format(areaCode, date, seq);
    }

    /** The zone whose calendar days the numbers carry. */
    public ZoneId zone() {
        return zone;
    }

    /** The width of the sequence, in digits. */
    public int sequenceDigits() {
        return digits;
    }

    /** How many days' counters are kept (the newest day and the days before it). */
    public int retainedDays() {
        return retainedDays;
    }

    /** Renders as {@code DailySequenceTrackingNumbers[zone=Asia/Shanghai, digits=6, retainedDays=2]}. */
    @Override
    public String toString() {
        return "DailySequenceTrackingNumbers[zone=" + zone + ", digits=" + digits + ", retainedDays="
                + retainedDays + "]";
    }

    private long oldestKept() {
        return newestDay.get() - (retainedDays - 1);
    }

    /** Drops the counters of days no longer kept; each removal is atomic with the key's increments. */
    private void prune() {
        for (Key k : counters.keySet()) {
            if (k.day < oldestKept()) {
                counters.computeIfPresent(k, (kk, v) -> kk.day < oldestKept() ? null : v);
            }
        }
    }

    /** The number of counters held, for tests of the memory bound. */
    int countersHeld() {
        return counters.size();
    }

    private String format(String areaCode, LocalDate date, long seq) {
        StringBuilder sb = new StringBuilder(areaCode.length() + 10 + digits).append(areaCode).append('-');
        pad(sb, date.getYear(), 4);
        pad(sb, date.getMonthValue(), 2);
        pad(sb, date.getDayOfMonth(), 2);
        sb.append('-');
        pad(sb, seq, digits);
        return sb.toString();
    }

    private static void pad(StringBuilder sb, long value, int width) {
        String s = Long.toString(value);
        for (int i = s.length(); i < width; i++) {
            sb.append('0');
        }
        sb.append(s);
    }

    private static void checkArea(String areaCode) {
        boolean ok = !areaCode.isEmpty() && areaCode.length() <= MAX_AREA_DIGITS;
        for (int i = 0; ok && i < areaCode.length(); i++) {
            ok = areaCode.charAt(i) >= '0' && areaCode.charAt(i) <= '9';
        }
        if (!ok) {
            throw InvalidInputException.of(ErrorCode.INVALID_INPUT, "areaCode", "an area code of " + areaCode.length()
                    + " characters is not 1 to " + MAX_AREA_DIGITS + " decimal digits; pass the code of the area"
                    + " the report is filed under");
        }
    }

    private LocalDate dayOf(Instant at) {
        try {
            LocalDate date = LocalDate.ofInstant(at, zone);
            if (date.getYear() >= 1 && date.getYear() <= 9999) {
                return date;
            }
        } catch (DateTimeException e) {
            // out of LocalDate's range: reported below
        }
        throw InvalidInputException.of(ErrorCode.INVALID_INPUT, "at", "instant " + at + " falls outside the years"
                + " 1 to 9999 in " + zone + ", which a yyyyMMdd tracking number cannot carry; pass the instant the"
                + " report was received");
    }

    private static long pow10(int n) {
        long p = 1;
        for (int i = 0; i < n; i++) {
            p *= 10;
        }
        return p;
    }

    /** One area on one day. */
    private record Key(String area, long day) {
    }

    /**
     * Configures a {@link DailySequenceTrackingNumbers}. Each setter checks its value and names it when
     * refusing it. Not thread-safe; {@link #build()} may be called more than once, each time giving a
     * new, independent generator.
     */
    public static final class Builder {
        private ZoneId zone = DEFAULT_ZONE;
        private int digits = DEFAULT_SEQUENCE_DIGITS;
        private int retainedDays = DEFAULT_RETAINED_DAYS;

        private Builder() {
        }

        /**
         * The zone whose calendar days the numbers carry; default {@code Asia/Shanghai}.
         *
         * @param zone the zone
         * @return this builder
         */
        public Builder zone(ZoneId zone) {
            this.zone = Objects.requireNonNull(zone, "zone");
            return this;
        }

        /**
         * The width of the sequence: how many numbers an area may get in one day (10^digits - 1);
         * default {@value #DEFAULT_SEQUENCE_DIGITS}.
         *
         * @param digits 1 to {@value #MAX_SEQUENCE_DIGITS}
         * @return this builder
         * @throws InvalidInputException ({@link ErrorCode#INVALID_INPUT}) if out of range
         */
        public Builder sequenceDigits(int digits) {
            if (digits < 1 || digits > MAX_SEQUENCE_DIGITS) {
                throw InvalidInputException.of(ErrorCode.INVALID_INPUT, "sequenceDigits", "it is " + digits
                        + "; use 1 to " + MAX_SEQUENCE_DIGITS + " (6 allows 999,999 numbers per area and day)");
            }
            this.digits = digits;
            return this;
        }

        /**
         * How many days' counters to keep: the newest day numbers were asked for and the days before it;
         * numbers for older days are refused. Default {@value #DEFAULT_RETAINED_DAYS}.
         *
         * @param days 1 to 3660
         * @return this builder
         * @throws InvalidInputException ({@link ErrorCode#INVALID_INPUT}) if out of range
         */
        public Builder retainedDays(int days) {
            if (days < 1 || days > 3660) {
                throw InvalidInputException.of(ErrorCode.INVALID_INPUT, "retainedDays", "it is " + days
                        + "; use 1 (today only) to 3660 (ten years); the default 2 covers reports racing across"
                        + " midnight");
            }
            this.retainedDays = days;
            return this;
        }

        /**
         * Builds a generator with every sequence at 0.
         *
         * @return the generator
         */
        public DailySequenceTrackingNumbers build() {
            return new DailySequenceTrackingNumbers(this);
        }
    }
}
