/**
 * Time in the closed loop: the work calendar with China's holidays and adjusted working days (调休),
 * time limits in natural, working or calendar units (statutory periods), deadlines, and warning levels.
 *
 * <h2>Entry points</h2>
 * {@link io.gridgov.core.time.WorkCalendar} (built from {@link io.gridgov.core.time.HolidaySchedule}s,
 * one per year; {@link io.gridgov.core.time.HolidaySchedule#china2025()} ships as sample data),
 * {@link io.gridgov.core.time.TimeLimit} and {@link io.gridgov.core.time.WarningLevel}.
 *
 * <h2>Policies</h2>
 * Nothing here reads a clock: every instant comes in as an argument. <b>Nulls</b> are rejected with a
 * {@link java.lang.NullPointerException} naming the parameter. A calendar asked about a year it was not
 * given throws {@link io.gridgov.core.NotFoundException} rather than guess. Every type is immutable and
 * thread-safe.
 */
package io.gridgov.core.time;
