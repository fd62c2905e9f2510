package io.gridgov.core.lifecycle;

/**
 * A named condition in a transition table: a party (who, besides the role, may issue a command:
 * "the organisation owning the case") or a guard (what must hold: "the target area is the parent of
 * the owning area"). Lifecycles implement it with enums, so a table is plain data that can be listed
 * and drawn; the lifecycle evaluates them.
 */
public interface Condition {
    /** A short English sentence fragment for listings and refusals, e.g. {@code "the organisation owning the case"}. */
    String description();

    /** A short name for diagrams, e.g. {@code "owner"}. */
    String label();
}
