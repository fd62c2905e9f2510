package io.gridgov.spi.tracking;

import io.gridgov.core.GovernanceException;
import io.gridgov.core.lifecycle.Identifiers;

import java.time.Instant;

/**
 * Issues the human-readable tracking numbers (受理编号) of new cases and disputes, such as
 * {@code 370402003001-20240105-000017}. The host may replace the default,
 * {@link DailySequenceTrackingNumbers}, with its own scheme (a database sequence, a number its hotline
 * system already gives out); the engine asks for one number per report, passing the report's area and
 * the instant it reads from its {@link java.time.Clock}.
 *
 * <h2>Specification for implementors</h2>
 * <ul>
 *   <li><b>Uniqueness.</b> A number is never issued twice by one generator, whatever the threads,
 *       areas and instants: two calls never return equal strings. A generator shared by several
 *       processes (several engines on one store) must keep this across them, e.g. with a database
 *       sequence; the in-memory default keeps it only within its own instance.</li>
 *   <li><b>Syntax.</b> Every number is a valid {@link Identifiers identifier}: 1 to
 *       {@value Identifiers#MAX_LENGTH} characters from {@code A-Z a-z 0-9 . _ : -}, and never shaped like a
 *       mainland mobile number (11 digits starting 13–19) or an identity number (17 digits and a digit or
 *       {@code X}), for any area code of 1 to 34 digits and any instant. The case and dispute lifecycles
 *       refuse a report whose number breaks this rule, so a generator that can produce one loses reports.</li>
 *   <li><b>Thread safety.</b> {@link #next} may be called by many threads at once.</li>
 *   <li><b>Atomicity.</b> A call either returns a number, which is then spent (a report that fails later
 *       leaves a gap, never a second use), or throws and spends nothing the caller can see. Numbers need
 *       not be consecutive.</li>
 *   <li><b>Ordering.</b> None is required. The default issues a day's numbers for one area in ascending
 *       order.</li>
 *   <li><b>Idempotency.</b> None: each call is a new number. Retrying a command must reuse the number
 *       the first attempt recorded, not ask again.</li>
 *   <li><b>Time.</b> The instant is passed in; a generator never reads a clock of its own for the number.</li>
 *   <li><b>Failures.</b> Bad arguments throw {@link NullPointerException} (null) or
 *       {@link io.gridgov.core.InvalidInputException} (an area code that is not 1 to 34 digits). A number
 *       that cannot be issued throws a {@link GovernanceException} with its own code (the default uses
 *       {@link io.gridgov.core.ErrorCode#TRACKING_SEQUENCE_EXHAUSTED} and
 *       {@link io.gridgov.core.ErrorCode#TRACKING_DAY_CLOSED}); a host's storage failure is thrown as
 *       {@link io.gridgov.spi.store.StoreFailureException} (use {@code StoreFailureException.wrap}). A failed call never leaves a number half issued.</li>
 * </ul>
 */
@FunctionalInterface
public interface TrackingNumbers {
    /**
     * Issues the next tracking number for a report in an area.
     *
     * @param areaCode the code of the area the report is filed under (1 to 34 digits)
     * @param at       when the report is received, from the engine's clock
     * @return a new number, never issued before, a valid {@link Identifiers identifier}
     * @throws NullPointerException                    if an argument is null
     * @throws io.gridgov.core.InvalidInputException   if the area code is not 1 to 34 digits
     * @throws GovernanceException                     if no number can be issued (see the implementation)
     */
    String next(String areaCode, Instant at);
}
