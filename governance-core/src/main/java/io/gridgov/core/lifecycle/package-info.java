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
 * Every type here is immutable and thread-safe.
 */
package io.gridgov.core.lifecycle;
