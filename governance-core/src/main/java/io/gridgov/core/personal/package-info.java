/**
 * Personal data of residents and parties (phone numbers, identity numbers, names), as types that mask
 * themselves in {@code toString()} and every message, so that personal data cannot reach a log, an
 * exception or a screen by accident. The raw value is reachable only through an explicit
 * {@code reveal()}.
 *
 * <h2>Entry points</h2>
 * All are {@link io.gridgov.core.personal.PersonalData}, the one type that masks itself:
 * {@link io.gridgov.core.personal.PhoneNumber#parse(String)},
 * {@link io.gridgov.core.personal.IdNumber#parse(String)},
 * {@link io.gridgov.core.personal.PersonName#of(String)}.
 *
 * <h2>Policies</h2>
 * A message about a bad value says what is wrong with it and never repeats it. <b>Nulls</b> are
 * rejected with a {@link java.lang.NullPointerException} naming the parameter. Every type is immutable
 * and thread-safe.
 */
package io.gridgov.core.personal;
