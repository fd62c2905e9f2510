/**
 * What every lifecycle in gridgov shares: who acts ({@link io.gridgov.core.lifecycle.Actor},
 * {@link io.gridgov.core.lifecycle.Role}), the identity of a command
 * ({@link io.gridgov.core.lifecycle.CommandId}), the declarative
 * {@link io.gridgov.core.lifecycle.TransitionTable} and the refusals it produces
 * ({@link io.gridgov.core.lifecycle.IllegalTransitionException},
 * {@link io.gridgov.core.lifecycle.AccessDeniedException}).
 *
 * <p>The case lifecycle ({@code io.gridgov.core.cases}) and the dispute lifecycle build on these.
 *
 * <p>Null policy: no method accepts or returns {@code null}; absent values are {@link java.util.Optional}.
 * Two exceptions, both documented where they occur: the record component {@link
 * io.gridgov.core.lifecycle.Target#state()} is {@code null} unless the target names a state (use
 * {@code stateIfNamed()}), and {@link io.gridgov.core.lifecycle.IllegalTransitionException} takes a
 * {@code null} reason when the state does not accept the command at all.
 * Every type here is immutable and thread-safe.
 */
package io.gridgov.core.lifecycle;
