package io.gridgov.examples.scenarios;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gridgov.core.cases.Case;
import io.gridgov.core.cases.CaseState;
import io.gridgov.core.grid.Area;
import io.gridgov.core.grid.AreaChange;
import io.gridgov.core.grid.GridKind;
import io.gridgov.core.grid.GridTree;
import io.gridgov.core.grid.Level;
import io.gridgov.core.grid.LevelScheme;
import io.gridgov.core.grid.Network;
import io.gridgov.core.grid.Redivision;
import io.gridgov.core.grid.StaffMatch;
import io.gridgov.core.grid.StaffRole;
import io.gridgov.core.grid.Staffing;
import io.gridgov.spi.json.GridFile;
import io.gridgov.spi.json.GovernanceJsonModule;
import io.gridgov.spi.json.GridFileCodec;
import io.gridgov.spi.store.AreaSubtree;
import io.gridgov.spi.store.PageRequest;
import io.gridgov.spi.store.Query;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The main example: Longshan Road Street (龙山路街道), Zaozhuang, on the in-memory default.
 *
 * <p>Loads the sample grid file (the street, its cadre areas, communities, 52 grids and 453
 * buildings, their boundaries and the people responsible for them), prints the tree and answers the
 * questions the rest of the library asks of it: which street and community a building is in, where two
 * grids meet, who the grid member for public safety is, who covers a grid that has none of its own, and
 * where the cases of a grid go when two grids are merged ("combing the net").
 *
 * <p>Then it embeds the library as a host does, on the in-memory defaults ({@link LongshanHost}): a
 * polygon locator over the file's boundaries, daily-sequence tracking numbers, a directory of the street's
 * offices, departments and mediation committee, a compiled routing rule set, and a memory store whose
 * outbox a relay delivers. Cases go round the closed loop through the store ({@link LongshanCases}): a
 * resident's 12345 complaint located from the caller's position, numbered, routed with an explanation in
 * English and Chinese, with a stale-version commit refused and a retried command replayed; a complaint
 * nobody signs for, caught by the overdue sweep; the open-case queries; a patrol find resolved on the
 * spot. A neighbourhood dispute reported as a case is mediated by the community's people's mediation
 * committee through the dispute store, and its outcome closes the case ({@link LongshanMediation}). Last,
 * the complaint's JSON storage form is written and read back.
 *
 * <p>The run is deterministic (every instant is fixed) and its trace shows ids, tracking numbers, states,
 * areas, organisation ids and deadlines, never a name, phone number, address or description.
 *
 * <p>Run: {@code ./mvnw -B -q -pl examples/scenarios -am compile exec:java}
 */
public final class LongshanStreet {
    private static final String SAMPLE = "/io/gridgov/spi/json/longshan-street.grid.json";

    private LongshanStreet() {
    }

    /**
     * Runs the example, printing to standard output.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        run(out);
        out.flush();
    }

    /**
     * Runs the example.
     *
     * @param out where to print
     */
    static void run(PrintStream out) {
        GridFile file = load();
        GridTree tree = file.tree();
        LevelScheme scheme = tree.scheme();
        Staffing staffing = file.staffing();

        out.println("== Longshan Road Street: the grid file");
        out.printf("scheme %s: %s%n", scheme.key(), scheme.levels());
        for (Level level : scheme.levels()) {
            out.printf("  %-26s %4d%n", level, tree.count(level));
        }
        Map<String, Integer> kinds = new TreeMap<>();
        for (GridKind kind : GridKind.values()) {
            kinds.put(kind.name() + " " + kind.localName(), tree.count(kind));
        }
        int exclusive = tree.count(scheme.gridLevel()) - tree.count(GridKind.BASIC);
        out.printf("grids: %d basic, %d exclusive %s%n", tree.count(GridKind.BASIC), exclusive, kinds);
        out.printf("staff: %d assignments%n", staffing.assignments().size());

        out.println();
        out.println("== The tree down to the communities (grids and buildings counted)");
        Level building = scheme.level("building");
        printTree(out, tree, tree.roots().get(0).code(), building, "");

        out.println();
        out.println("== Questions the rest of the library asks");
        Area someBuilding = tree.subtree(tree.roots().get(0).code())
                .filter(a -> a.level().equals(building)).skip(100).findFirst().orElseThrow();
        out.printf("building %s %s%n", someBuilding.code(), someBuilding.name());
        for (String key : List.of("grid", "community", "area", "street")) {
            Optional<Area> up = tree.ancestorAt(someBuilding.code(), scheme.level(key));
            out.printf("  its %-10s %s%n", key, up.map(a -> a.code() + " " + a.name()).orElse("(none)"));
        }
        Area street = tree.roots().get(0);
        out.printf("street %s is a %s%n", street.code(),
                tree.segmentClass(street.code()).map(c -> c.name() + " (" + c.localName() + ")").orElse("?"));

        List<Area> grids = tree.subtree(street.code()).filter(Area::isGrid).toList();
        Area first = grids.get(0);
        Area sameCommunity = grids.get(1);
        Area farAway = grids.get(grids.size() - 1);
        out.printf("grids %s and %s meet at %s%n", first.code(), sameCommunity.code(),
                describe(tree.lca(first.code(), sameCommunity.code())));
        out.printf("grids %s and %s meet at %s%n", first.code(), farAway.code(),
                describe(tree.lca(first.code(), farAway.code())));
        out.printf("is %s inside %s? %s%n", someBuilding.code(), street.code(),
                tree.isAncestor(street.code(), someBuilding.code()));

        out.println();
        out.println("== Who is responsible here (falling back up the tree)");
        ask(out, staffing, StaffRole.FULL_TIME_GRID_MEMBER, Network.PUBLIC_SAFETY, first.code());
        ask(out, staffing, StaffRole.COMMUNITY_POLICE, Network.PUBLIC_SAFETY, someBuilding.code());
        ask(out, staffing, StaffRole.LEGAL_ADVISER, Network.LIVELIHOOD, farAway.code());
        ask(out, staffing, StaffRole.EMERGENCY_MANAGEMENT, Network.EPIDEMIC_PREVENTION, someBuilding.code());

        out.println();
        out.println("== Combing the net: two grids of one community merged");
        mergeDemo(out, tree, first, sameCommunity);

        out.println();
        out.println("== The host: gridgov embedded on its in-memory defaults");
        LongshanHost host = new LongshanHost(file, out);
        out.printf("locator over %d boundaries; directory of %d organisations; rule set %s (%d list entries)%n",
                host.locator.areasWithBoundary(), host.directory.organisations().size(), host.router.ruleSet().id(),
                host.router.ruleSet().entries().size());

        out.println();
        out.println("== Cases round the closed loop, through the store");
        Case complaint = LongshanCases.run(out, host);

        out.println();
        out.println("== A neighbourhood dispute: from the case to mediation and back");
        LongshanMediation.run(out, host);

        out.println();
        out.println("== The store at the end");
        List<Case> all = host.store.cases().query(Query.openCases().withStates(EnumSet.allOf(CaseState.class))
                .withinArea(AreaSubtree.of(tree, street.code())), PageRequest.first(PageRequest.MAX_LIMIT)).items();
        out.printf("cases stored: %s%n", all.stream().map(c -> c.trackingNumber() + " " + c.state())
                .collect(Collectors.joining(", ")));
        List<Case> open = host.store.cases().query(Query.openCases().withinArea(AreaSubtree.of(tree, street.code())),
                PageRequest.first(PageRequest.MAX_LIMIT)).items();
        out.printf("still open: %s%n", open.stream().map(c -> c.trackingNumber() + " " + c.state() + " "
                + c.warningRaised(c.currentStage().orElseThrow())).collect(Collectors.joining(", ")));
        Map<String, Long> templates = host.notifier.deliveries().stream()
                .collect(Collectors.groupingBy(n -> n.template(), TreeMap::new, Collectors.counting()));
        out.printf("notifications delivered: %d %s%n", host.notifier.deliveries().size(), templates);

        out.println();
        out.println("== The JSON storage form (holds personal data in the clear: only its size is shown)");
        ObjectMapper mapper = GovernanceJsonModule.newMapper();
        try {
            String json = mapper.writeValueAsString(complaint);
            Case restored = mapper.readValue(json, Case.class);
            out.printf("case %s: %d bytes of JSON; restored equal: %s%n", complaint.trackingNumber(),
                    json.getBytes(StandardCharsets.UTF_8).length, restored.equals(complaint));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static GridFile load() {
        try (InputStream in = LongshanStreet.class.getResourceAsStream(SAMPLE)) {
            if (in == null) {
                throw new IllegalStateException(SAMPLE + " is not on the classpath; it ships in governance-spi");
            }
            return new GridFileCodec().read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void printTree(PrintStream out, GridTree tree, String code, Level building, String indent) {
        Area a = tree.area(code);
        boolean community = a.level().key().equals("community");
        out.printf("%s%s %s%s%n", indent, a.code(), a.name(), community ? ": " + tree.count(code, tree.scheme().gridLevel())
                + " grids, " + tree.count(code, building) + " buildings" : "");
        if (community) {
            return;
        }
        for (Area child : tree.children(code)) {
            printTree(out, tree, child.code(), building, indent + "  ");
        }
    }

    private static String describe(Optional<Area> area) {
        return area.map(a -> a.code() + " " + a.name() + " (" + a.level().key() + ")").orElse("(no common area)");
    }

    private static void ask(PrintStream out, Staffing staffing, StaffRole role, Network network, String where) {
        Optional<StaffMatch> m = staffing.holders(role, network, where);
        out.printf("%s %s for %s in %s: %s%n", role, role.localName(), network.localName(), where, m.map(x ->
                x.holders().stream().map(h -> h.personId()).collect(Collectors.joining(", "))
                        + (x.isInherited() ? " (from " + x.area().name() + ", " + x.levelsUp() + " levels up)" : " (here)"))
                .orElse("nobody up to the top"));
    }

    /** Merges {@code gone} into {@code survivor}: its buildings are renumbered under the survivor. */
    private static void mergeDemo(PrintStream out, GridTree before, Area survivor, Area gone) {
        List<Area> next = new ArrayList<>();
        Map<String, List<String>> successors = new TreeMap<>();
        int seq = before.count(survivor.code(), before.scheme().level("building"));
        for (Area a : before.areas().toList()) {
            if (a.code().equals(gone.code())) {
                successors.put(a.code(), List.of(survivor.code()));
            } else if (gone.code().equals(a.parentCode())) {
                String moved = survivor.code() + String.format("%05d", ++seq);
                next.add(new Area(moved, a.name(), a.level(), null, survivor.code()));
                successors.put(a.code(), List.of(moved));
            } else {
                next.add(a);
            }
        }
        GridTree after = GridTree.of(before.scheme(), next);
        Redivision r = Redivision.of(before, after, successors);
        Map<AreaChange.Type, Long> byType = r.changes().stream()
                .collect(Collectors.groupingBy(AreaChange::type, TreeMap::new, Collectors.counting()));
        out.printf("%s (%s) merged into %s (%s): %d areas removed, %d added; changes %s%n", gone.code(), gone.name(),
                survivor.code(), survivor.name(), r.removed().size(), r.added().size(), byType);
        String oldBuilding = before.children(gone.code()).get(0).code();
        out.printf("an open case filed under grid %s now belongs to %s%n", gone.code(), r.successors(gone.code()));
        out.printf("an open case filed under building %s now belongs to %s%n", oldBuilding, r.successors(oldBuilding));
        out.printf("grids now: %d (was %d)%n", after.count(after.scheme().gridLevel()),
                before.count(before.scheme().gridLevel()));
    }
}
