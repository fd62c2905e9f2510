/**
 * The pure domain of gridgov: no I/O, no clock, no framework.
 *
 * <p>This root package holds what every part of the domain shares: the exception hierarchy rooted at
 * {@link io.gridgov.core.GovernanceException}, its stable {@link io.gridgov.core.ErrorCode}s and the
 * {@link io.gridgov.core.Problem} a validation reports. The domain itself lives in sub-packages named
 * after its concepts, starting with {@link io.gridgov.core.grid}.
 *
 * <p><b>Nulls:</b> no method accepts {@code null} unless its documentation says so; a {@code null}
 * argument throws {@link java.lang.NullPointerException} naming the parameter. Methods that may find
 * nothing return {@link java.util.Optional} or, on the primitive hot paths, {@code -1}.
 *
 * <p><b>Threads:</b> every public type here is immutable and safe to share between threads.
 */
package io.gridgov.core;
