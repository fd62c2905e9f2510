/**
 * Mediation of disputes (矛盾纠纷多元化解): people's, administrative, judicial, pre-litigation and
 * industry mediation, from the application to judicial confirmation, performance and closure, with the
 * time limits the laws set.
 *
 * <h2>Entry points</h2>
 * {@link io.gridgov.core.mediation.MediationLifecycle} (the legal moves of a dispute, as a table, applied
 * as a pure function; it opens a dispute from a case of kind DISPUTE and reports the outcome back),
 * {@link io.gridgov.core.mediation.Dispute} (one dispute's snapshot), the commands
 * ({@link io.gridgov.core.mediation.DisputeApplication}, {@link io.gridgov.core.mediation.DisputeCommand})
 * and events ({@link io.gridgov.core.mediation.DisputeEvent}), and
 * {@link io.gridgov.core.mediation.MediationTimeLimits} (the laws' limits, each configurable).
 *
 * <p>It reuses the case lifecycle's machinery rather than copying it: the
 * {@link io.gridgov.core.lifecycle.TransitionTable}, actors, roles, command ids and refusals of
 * {@code io.gridgov.core.lifecycle}, the stage clocks of {@code io.gridgov.core.time}, and the masked
 * personal data of {@code io.gridgov.core.personal}. There is no fee anywhere: mediation is free.
 *
 * <h2>Policies</h2>
 * <b>Nulls:</b> no method accepts {@code null} unless its documentation says so, and none returns
 * {@code null}: what may be absent is an {@link java.util.Optional}. Two inbound components may be
 * {@code null}, as documented: {@link io.gridgov.core.mediation.DisputeApplication#basisReceivedOn()}
 * three components of {@link io.gridgov.core.mediation.DisputeEvent.Applied} and one of
 * {@link io.gridgov.core.mediation.DisputeEvent.AgreementReached}.
 * <b>Errors:</b> invalid input throws {@link io.gridgov.core.InvalidInputException} listing every
 * problem; a move the table does not allow throws
 * {@link io.gridgov.core.lifecycle.IllegalTransitionException}; an actor who may not act throws
 * {@link io.gridgov.core.lifecycle.AccessDeniedException}.
 * <b>Threads:</b> every type here is immutable and thread-safe, except builders.
 */
package io.gridgov.core.mediation;
