/**
 * Cases (案件): the closed loop of a resident's demand, from report through dispatch, handling and
 * verification to closure, and the category taxonomy that classifies each case.
 *
 * <h2>Entry points</h2>
 * {@link io.gridgov.core.cases.CaseLifecycle} (the legal moves of a case, as a table, applied as a pure
 * function), {@link io.gridgov.core.cases.Case} (one case's snapshot), the commands
 * ({@link io.gridgov.core.cases.CaseReport}, {@link io.gridgov.core.cases.CaseCommand}) and events
 * ({@link io.gridgov.core.cases.CaseEvent}), the {@link io.gridgov.core.cases.TimeLimitPolicy}, and
 * {@link io.gridgov.core.cases.CategoryTaxonomy} (the tree of categories a case is filed under, with
 * the preset {@link io.gridgov.core.cases.CategoryTaxonomy#urbanAndSocial()}).
 *
 * <h2>Policies</h2>
 * <b>Nulls:</b> no method accepts {@code null} unless its documentation says so, and none returns
 * {@code null}: a look-up that may find nothing returns {@link java.util.Optional}, or {@code -1} on
 * the {@code int} index paths. A {@code null} argument throws {@link java.lang.NullPointerException}
 * naming the parameter.
 * <b>Errors:</b> invalid input throws {@link io.gridgov.core.InvalidInputException} listing every
 * problem; an unknown code in a query throws {@link io.gridgov.core.NotFoundException}.
 * <b>Threads:</b> every type here is immutable and thread-safe, except builders.
 */
package io.gridgov.core.cases;
