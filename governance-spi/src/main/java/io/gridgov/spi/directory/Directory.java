package io.gridgov.spi.directory;

import io.gridgov.core.grid.Level;
import io.gridgov.core.grid.Staffing;
import io.gridgov.core.lifecycle.Role;
import io.gridgov.core.mediation.DisputeDomain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The host's organisations and people, as the engine and the routing rules ask about them: the office
 * owning an area at a level (grid station, community workstation, street, district or city centre — the
 * levels are the grid tree's {@link io.gridgov.core.grid.LevelScheme}, not a fixed five), the
 * departments serving a category, the mediation committees taking a dispute domain, who holds which
 * lifecycle {@link Role} where, and the grid staff ({@link Staffing}).
 *
 * <p>The library ships {@link InMemoryDirectory}, built once and validated as a whole; a host with its
 * own organisation and personnel system implements this interface over it.
 *
 * <h2>Specification for implementors</h2>
 * <ul>
 *   <li><b>Areas.</b> A directory belongs to one grid tree (the one {@link #staffing()} refers to). Every
 *       method taking an area code throws {@link io.gridgov.core.NotFoundException} for a code the tree
 *       does not hold, and answers "nothing here" for a code it holds but where nothing is recorded.
 *       Walking "up" means the area itself, then its parent, and so on to the top of the tree.</li>
 *   <li><b>Ordering.</b> Lists are in a stable, documented order: nearest area first when a method walks
 *       up, and within one area organisations by id, role holders by person id then organisation id.
 *       Two calls with the same arguments on an unchanged directory return equal lists.</li>
 *   <li><b>Consistency.</b> Every organisation a look-up returns is also returned by
 *       {@link #organisation(String)} for its id; every role holder's organisation is known; an office is
 *       the only office of its area. A directory that changes (a host's live personnel system) must
 *       answer each call from one consistent state; the engine reads it afresh for every command, so
 *       no caching is expected.</li>
 *   <li><b>Thread safety.</b> Every method may be called by many threads at once.</li>
 *   <li><b>Results.</b> Never {@code null}; lists are unmodifiable; {@code Optional} where there is at
 *       most one answer.</li>
 *   <li><b>Failures.</b> A null argument throws {@link NullPointerException}; an unknown area
 *       {@link io.gridgov.core.NotFoundException}; a level of another scheme
 *       {@link IllegalArgumentException} (as the grid tree does). A host's storage failure is thrown as
 *       {@link io.gridgov.spi.store.StoreFailureException} (use {@code StoreFailureException.wrap}); nothing else is thrown.</li>
 *   <li><b>Atomicity and idempotency.</b> Look-ups have no side effects, so retrying is always safe;
 *       each answers from one consistent state (above).</li>
 * </ul>
 */
public interface Directory {
    /**
     * The organisation with an id.
     *
     * @param id the organisation's id
     * @return the organisation, or empty if the directory does not know the id
     */
    Optional<Organisation> organisation(String id);

    /**
     * Whether the directory knows an organisation id, for loaders that check the ids a rule set names.
     *
     * @param id any text
     * @return {@code organisation(id).isPresent()}
     */
    default boolean isKnown(String id) {
        return organisation(Objects.requireNonNull(id, "id")).isPresent();
    }

    /**
     * Every organisation, ordered by id.
     *
     * @return the organisations
     */
    List<Organisation> organisations();

    /**
     * The office owning exactly this area (not one above it).
     *
     * @param areaCode an area of the tree
     * @return the office, or empty if the area has none
     */
    Optional<Organisation> office(String areaCode);

    /**
     * The office owning the area's ancestor (or the area itself) at a level: for a grid and the street
     * level, the street centre.
     *
     * @param areaCode an area of the tree
     * @param level    a level of the tree's scheme
     * @return the office, or empty if the path to the top has no area at that level or it has no office
     */
    Optional<Organisation> officeAt(String areaCode, Level level);

    /**
     * The offices on the way up from an area: its own office (if any), then its parent's, and so on to
     * the top. This is the chain a case climbs when it is escalated level by level.
     *
     * @param areaCode an area of the tree
     * @return the offices, nearest first; areas without an office are skipped
     */
    List<Organisation> officesUp(String areaCode);

    /**
     * The departments belonging to exactly this area, by id.
     *
     * @param areaCode an area of the tree
     * @return the departments
     */
    List<Organisation> departments(String areaCode);

    /**
     * The departments serving a case category, walking up from an area: those of the area itself
     * first, then its parent's, and so on; within an area by id.
     *
     * @param categoryCode a category code; a department serving a prefix of it serves it
     * @param areaCode     an area of the tree
     * @return the departments, nearest first
     */
    List<Organisation> departmentsServing(String categoryCode, String areaCode);

    /**
     * The mediation committees belonging to exactly this area, by id.
     *
     * @param areaCode an area of the tree
     * @return the committees
     */
    List<Organisation> mediationCommittees(String areaCode);

    /**
     * The mediation committees taking a dispute domain, walking up from an area: those of the area
     * itself first, then its parent's, and so on; within an area by id.
     *
     * @param domain   the dispute domain
     * @param areaCode an area of the tree
     * @return the committees, nearest first
     */
    List<Organisation> committeesTaking(DisputeDomain domain, String areaCode);

    /**
     * Who holds a role in exactly this area, by person id then organisation id.
     *
     * @param role     the role
     * @param areaCode an area of the tree
     * @return the assignments
     */
    List<RoleAssignment> holders(Role role, String areaCode);

    /**
     * Who holds a role nearest to an area: the holders in the area itself if there are any, else in its
     * parent, and so on; empty if nobody up to the top holds it.
     *
     * @param role     the role
     * @param areaCode an area of the tree
     * @return the assignments of the nearest area that has some, by person id then organisation id
     */
    List<RoleAssignment> nearestHolders(Role role, String areaCode);

    /**
     * Every role a person holds, ordered by area code, role, then organisation id.
     *
     * @param personId the person's id
     * @return the assignments; empty for a person the directory does not know
     */
    List<RoleAssignment> rolesOf(String personId);

    /**
     * The grid staff (grid leaders, grid members, building leaders, professional forces) and the grid
     * tree this directory belongs to.
     *
     * @return the staffing
     */
    Staffing staffing();
}
