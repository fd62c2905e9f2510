package io.gridgov.routing.rules;

import java.util.Objects;

/**
 * Who owns a routed case: a named organisation, or the territory (属地), i.e. the office of an area at a
 * level, which the host's directory resolves to an organisation. Immutable and thread-safe.
 */
public sealed interface Owner permits Owner.Organisation, Owner.Territory {

    /**
     * A named organisation: a department, a street centre, a committee.
     *
     * @param id the organisation's id, as known to the host's directory
     */
    record Organisation(String id) implements Owner {
        /**
         * Checks the id is present.
         *
         * @throws NullPointerException if {@code id} is {@code null}
         */
        public Organisation {
            Objects.requireNonNull(id, "id");
        }
    }

    /**
     * The territory owns it (属地兜底): the office of {@code area}, an area at level {@code level}.
     *
     * @param area  the area's code
     * @param level the key of the area's level
     */
    record Territory(String area, String level) implements Owner {
        /**
         * Checks both parts are present.
         *
         * @throws NullPointerException if a part is {@code null}
         */
        public Territory {
            Objects.requireNonNull(area, "area");
            Objects.requireNonNull(level, "level");
        }
    }
}
