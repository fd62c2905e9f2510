/**
 * Routing of cases and disputes: the territorial responsibility lists, handling levels, escalation
 * ladders and mediation routing, and the engine that moves cases through the SPI ports.
 *
 * <p>This module depends on {@code io.gridgov.core} and {@code io.gridgov.spi}; nothing depends on it
 * but the host. The rules live in {@link io.gridgov.routing.rules} (see {@code docs/routing.md}); the
 * engine is being built (see the project's open issues). The module's architecture test keeps the three
 * library modules' dependencies pointing one way.
 */
package io.gridgov.routing;
