package io.gridgov.core.cases;

import io.gridgov.core.LeakScan;
import io.gridgov.core.lifecycle.Actor;
import io.gridgov.core.lifecycle.CommandId;
import io.gridgov.core.personal.FreeText;
import io.gridgov.core.personal.IdNumber;
import io.gridgov.core.personal.PersonName;
import io.gridgov.core.personal.PhoneNumber;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static io.gridgov.core.cases.CaseFixtures.CITY_DISPATCHER;
import static io.gridgov.core.cases.CaseFixtures.GRID;
import static io.gridgov.core.cases.CaseFixtures.GRID_MEMBER;
import static io.gridgov.core.cases.CaseFixtures.GRID_W;
import static io.gridgov.core.cases.CaseFixtures.HIGHWAY;
import static io.gridgov.core.cases.CaseFixtures.HIGHWAY_HANDLER;
import static io.gridgov.core.cases.CaseFixtures.OTHER_RESIDENT;
import static io.gridgov.core.cases.CaseFixtures.RESIDENT;
import static io.gridgov.core.cases.CaseFixtures.SYSTEM;
import static io.gridgov.core.cases.CaseFixtures.TOWN;
import static io.gridgov.core.cases.CaseFixtures.TOWN_B_DISPATCHER;
import static io.gridgov.core.cases.CaseFixtures.TOWN_CENTRE;
import static io.gridgov.core.cases.CaseFixtures.TOWN_DISPATCHER;
import static io.gridgov.core.cases.CaseFixtures.VILLAGE;
import static io.gridgov.core.cases.CaseFixtures.WATER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Personal data never leaks out of the core (the issue: "a test scans log output, exception messages
 * and toString() of every event and case produced in the test suite for unmasked phone and ID
 * numbers"). Every seed of the property test's random walks runs again with reporters who have names
 * and phone numbers and free texts, addresses and reasons that carry phone and identity numbers; then
 * deliberately bad reports and commands. Every case, event, command, report, transition and refusal
 * produced is rendered and scanned for an unmasked mobile number, an 18-character identity number, or
 * any raw name, phone or identity number used; and the core must write nothing to {@code System.out},
 * {@code System.err} or a logger while it runs.
 */
class PersonalDataLeakTest {
    static final Pattern MOBILE = LeakScan.MOBILE;
    static final Pattern ID_NUMBER = LeakScan.ID_NUMBER;

    @BeforeAll
    static void loadEverythingBeforeCapturing() {
        // builds the validating lifecycle, whose provider logs its version once, before anything is captured
        assertThat(RandomCaseWalk.VALIDATING).isNotNull();
    }

    @Test
    @DisplayName("no case, event, command, report or refusal of any walk shows personal data, and nothing is logged")
    void walksAndRefusalsShowNoPersonalData() {
        Scan scan = new Scan();
        Capture capture = Capture.start();
        try {
            for (long seed = 0; seed < CaseLifecyclePropertiesTest.SEEDS; seed++) {
                scan.secrets.clear(); // a walk's texts carry only its own secrets
                scan.secrets.addAll(RandomCaseWalk.secretsOf(seed).raw());
                RandomCaseWalk.run(seed, RandomCaseWalk.lifecycleFor(seed), CaseLifecyclePropertiesTest.MAX_LENGTH, scan);
            }
            badReportsAndCommands(scan);
        } finally {
            capture.stop();
        }
        assertThat(capture.output()).as("what the core wrote to System.out and System.err").isEmpty();
        assertThat(capture.records()).as("log records of io.gridgov loggers").isEmpty();
        assertThat(scan.carriers).as("cases whose texts carry personal data (so the scan had something to find)")
                .isGreaterThan(1000);
        assertThat(scan.refusals).as("refusals scanned").isGreaterThan(1000);
        assertThat(scan.scanned).as("texts scanned").isGreaterThan(40_000);
        assertThat(scan.findings).as("personal data found in rendered output").isEmpty();
    }

    @Test
    @DisplayName("the scan finds unmasked phone numbers, identity numbers and names, and passes codes and times")
    void theScanCanFail() {
        Scan scan = new Scan();
        String id = IdNumber.parse(RandomCaseWalk.idNumber(new Random(1))).reveal();
        scan.secrets.add("张三");
        for (String leak : List.of("call 13812345678 now", "tel:138-1234-5678", "138 1234 5678", "ID " + id,
                "id=11010519491231002x.", "Reporter[r-1, 张三, 138****5678]")) {
            int before = scan.findings.size();
            scan.text("probe", leak);
            assertThat(scan.findings.size()).as("a finding in '%s'", leak).isGreaterThan(before);
        }
        Scan clean = new Scan();
        clean.secrets.add("张三");
        CaseFixtures.TREE.areas().forEach(a -> clean.text("area", a.code() + " " + a.name()));
        clean.text("masked", PhoneNumber.parse("13812345678") + " " + IdNumber.parse(id) + " " + PersonName.of("张三")
                + " " + FreeText.of("电话13812345678"));
        clean.text("codes and times", "Case[CD-20220704-000123, DISPATCHED, v3, C0201, area 430703102201001] at "
                + CaseFixtures.at(2022, 7, 4, 13, 45) + " s123-c45 oss://evidence/123/photo-45.jpg 4307031012010019");
        assertThat(clean.findings).as("findings in masked values, area codes, tracking numbers and times").isEmpty();
    }

    @Test
    @DisplayName("the core's sources neither print nor log")
    void theCoreHasNoConsoleOrLoggingCalls() throws IOException {
        Pattern forbidden = Pattern.compile("System\\.(out|err)|printStackTrace|java\\.util\\.logging|System\\.getLogger"
                + "|org\\.slf4j|org\\.apache\\.logging|java\\.lang\\.System\\.Logger");
        List<String> hits = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    if (forbidden.matcher(lines.get(i)).find()) {
                        hits.add(f + ":" + (i + 1) + ": " + lines.get(i).strip());
                    }
                }
            }
        }
        assertThat(hits).isEmpty();
    }

    /** Reports and commands that must be refused, each carrying personal data where it can. */
    private static void badReportsAndCommands(Scan scan) {
        Random rnd = new Random(42);
        String phone = "13912345678";
        String id = IdNumber.parse(RandomCaseWalk.idNumber(rnd)).reveal();
        String name = "钱多多";
        scan.secrets.clear();
        scan.secrets.addAll(List.of(phone, id, name));
        FreeText loaded = FreeText.of("联系人" + name + "，电话" + phone + "，身份证" + id);
        Instant t = CaseFixtures.at(2022, 7, 4, 9, 0);
        CaseLifecycle plain = RandomCaseWalk.PLAIN;
        CaseLifecycle validating = RandomCaseWalk.VALIDATING;
        int[] n = new int[1];

        // reports: receiving area not containing the location, unknown area, unknown category, wrong actor, blank text
        scan.refused(() -> plain.report(report(RESIDENT, GRID_W, TOWN_CENTRE, TOWN, "C0201", loaded, name, phone, n), t));
        scan.refused(() -> plain.report(report(RESIDENT, "430703101201099", TOWN_CENTRE, TOWN, "C0201", loaded, name,
                phone, n), t));
        scan.refused(() -> plain.report(report(RESIDENT, GRID, TOWN_CENTRE, TOWN, "C9999", loaded, name, phone, n), t));
        scan.refused(() -> plain.report(report(HIGHWAY_HANDLER, GRID, TOWN_CENTRE, TOWN, "C0201", loaded, name, phone, n), t));
        scan.refused(() -> plain.report(report(GRID_MEMBER, GRID_W, RandomCaseWalk.WULING_CENTRE, CaseFixtures.WULING,
                "C0201", loaded, name, phone, n), t));
        scan.refused(() -> validating.report(report(RESIDENT, GRID, TOWN_CENTRE, TOWN, "C0201", FreeText.of(" "), name,
                phone, n), t));
        // personal data that does not parse
        scan.refused(() -> PhoneNumber.parse(phone + "9"));
        scan.refused(() -> PhoneNumber.parse(phone.substring(0, 10) + "x"));
        scan.refused(() -> IdNumber.parse(id.substring(0, 17) + (id.charAt(17) == '1' ? '2' : '1')));
        scan.refused(() -> IdNumber.parse(id + "0"));
        scan.refused(() -> PersonName.of(name.repeat(30)));
        scan.refused(() -> FreeText.of((phone + id).repeat(400)));

        CaseReport good = report(RESIDENT, GRID, TOWN_CENTRE, TOWN, "C0201", loaded, name, phone, n);
        Transition reported = plain.report(good, t);
        scan.reported(good, t, reported);
        Case c = reported.next();
        Instant later = t.plus(Duration.ofHours(1));
        // wrong state, wrong actor, out of scope, merge into itself, unknown category, before the last change
        scan.refused(() -> plain.apply(c, new CaseCommand.SignFor(cid(n), HIGHWAY_HANDLER), later));
        scan.refused(() -> plain.apply(c, new CaseCommand.Register(cid(n), HIGHWAY_HANDLER, CaseKind.HELP, "C0201",
                Priority.ROUTINE), later));
        scan.refused(() -> plain.apply(c, new CaseCommand.Register(cid(n), TOWN_B_DISPATCHER, CaseKind.HELP, "C0201",
                Priority.ROUTINE), later));
        scan.refused(() -> plain.apply(c, new CaseCommand.Merge(cid(n), TOWN_DISPATCHER, c.id(), loaded), later));
        scan.refused(() -> plain.apply(c, new CaseCommand.Register(cid(n), TOWN_DISPATCHER, CaseKind.HELP, "C9999",
                Priority.ROUTINE), later));
        scan.refused(() -> plain.apply(c, new CaseCommand.Reject(cid(n), TOWN_DISPATCHER, loaded), t.minusSeconds(60)));
        scan.refused(() -> plain.apply(c, new CaseCommand.Withdraw(cid(n), OTHER_RESIDENT, loaded), later));
        scan.refused(() -> plain.apply(c, new CaseCommand.Evaluate(cid(n), RESIDENT, Satisfaction.DISSATISFIED, loaded),
                later));
        scan.refused(() -> validating.apply(c, new CaseCommand.Reject(cid(n), TOWN_DISPATCHER, FreeText.of("  ")), later));
        scan.refused(() -> validating.apply(c, new CaseCommand.Urge(cid(n), RESIDENT, FreeText.of(loaded.reveal()
                .repeat(20))), later));

        Case registered = scan.accepted(c, plain, new CaseCommand.Register(cid(n), TOWN_DISPATCHER, CaseKind.HELP,
                "C0201", Priority.ROUTINE), later);
        Instant after = later.plus(Duration.ofHours(1));
        // escalation to a child, an unknown area, skipping a level; a dispatch naming the main handler twice
        scan.refused(() -> plain.apply(registered, new CaseCommand.Escalate(cid(n), TOWN_DISPATCHER, VILLAGE,
                "village-201", false, loaded), after));
        scan.refused(() -> plain.apply(registered, new CaseCommand.Escalate(cid(n), TOWN_DISPATCHER, "999999",
                "nobody", false, loaded), after));
        scan.refused(() -> plain.apply(registered, new CaseCommand.Escalate(cid(n), TOWN_DISPATCHER,
                CaseFixtures.CHANGDE, CaseFixtures.CITY_CENTRE, false, loaded), after));
        scan.refused(() -> plain.apply(registered, new CaseCommand.Dispatch(cid(n), TOWN_DISPATCHER, HIGHWAY,
                List.of(WATER, HIGHWAY, WATER)), after));
        scan.refused(() -> plain.apply(registered, new CaseCommand.Dispatch(cid(n), CITY_DISPATCHER, HIGHWAY,
                List.of()), after));
        scan.refused(() -> validating.apply(registered, new CaseCommand.Dispatch(cid(n), TOWN_DISPATCHER, name,
                List.of(phone + "@" + name)), after));
        scan.refused(() -> plain.apply(registered, new CaseCommand.VerifyPass(cid(n), TOWN_DISPATCHER,
                ClosureOutcome.RESOLVED, loaded), after));
        scan.refused(() -> plain.apply(registered, new CaseCommand.ConcludeByMediation(cid(n), SYSTEM, "TJ-1",
                ClosureOutcome.RESOLVED, loaded), after));

        // a dispute in mediation: its outcome reported back under a phone or identity number instead of the
        // dispute's tracking number is refused without repeating it; under the tracking number it closes the case
        CaseReport quarrel = report(RESIDENT, GRID, TOWN_CENTRE, TOWN, "S0105", loaded, name, phone, n);
        Transition disputeReported = plain.report(quarrel, t);
        scan.reported(quarrel, t, disputeReported);
        Case dispute = scan.accepted(disputeReported.next(), plain, new CaseCommand.Register(cid(n), TOWN_DISPATCHER,
                CaseKind.DISPUTE, "S0105", Priority.ROUTINE), later);
        dispute = scan.accepted(dispute, plain, new CaseCommand.Dispatch(cid(n), TOWN_DISPATCHER, HIGHWAY, List.of()),
                after);
        Case mediated = scan.accepted(dispute, plain, new CaseCommand.SignFor(cid(n), HIGHWAY_HANDLER), after);
        Instant reportedBack = after.plus(Duration.ofDays(3));
        scan.refused(() -> plain.apply(mediated, new CaseCommand.ConcludeByMediation(cid(n), SYSTEM, phone,
                ClosureOutcome.RESOLVED, loaded), reportedBack));
        scan.refused(() -> plain.apply(mediated, new CaseCommand.ConcludeByMediation(cid(n), SYSTEM, id,
                ClosureOutcome.RESOLVED, loaded), reportedBack));
        scan.refused(() -> validating.apply(mediated, new CaseCommand.ConcludeByMediation(cid(n), SYSTEM, phone,
                ClosureOutcome.RESOLVED, loaded), reportedBack));
        scan.accepted(mediated, plain, new CaseCommand.ConcludeByMediation(cid(n), SYSTEM, "TJ-20220707-0001",
                ClosureOutcome.RESOLVED, loaded), reportedBack);
    }

    private static CaseReport report(Actor actor, String grid, String org, String area, String category, FreeText text,
            String name, String phone, int[] n) {
        return new CaseReport(cid(n), actor, CaseId.of("leak-" + (++n[0])), "CD-20220704-L" + n[0], CaseKind.HELP, category,
                Channel.HOTLINE_12345, Priority.URGENT, Location.of(grid, new GeoPoint(29.03, 111.69),
                FreeText.of("东村3组 " + name + " 家门口 " + phone)), Reporter.of("r-1", PersonName.of(name),
                PhoneNumber.parse(phone)), text, org, area);
    }

    private static CommandId cid(int[] n) {
        return CommandId.of("leak-c" + (++n[0]));
    }

    /** Renders everything a walk produces and looks for personal data in it. */
    static final class Scan extends LeakScan implements RandomCaseWalk.Listener {
        int carriers;

        @Override
        public void reported(CaseReport report, Instant now, Transition t) {
            text("report", report.toString());
            transition("report", t);
        }

        @Override
        public void step(RandomCaseWalk.Step s) {
            String where = "step " + s.index() + " " + s.command().type();
            text(where + " command", s.command().toString());
            if (s.isAccepted()) {
                transition(where, s.accepted());
            } else {
                exception(where, s.refused());
            }
        }

        void transition(String where, Transition t) {
            text(where + " transition", t.toString());
            Case c = t.next();
            for (CaseEvent e : t.events()) {
                text(where + " event", e.toString());
            }
            text(where + " case", c.toString());
            text(where + " reporter", c.reporter().toString());
            text(where + " location", c.location().toString());
            text(where + " description", c.description().toString());
            text(where + " evaluation", c.evaluation().toString());
            text(where + " extension", c.pendingExtension().toString());
            text(where + " clocks", c.clocks().toString());
            if (MOBILE.matcher(c.description().reveal()).find() || ID_NUMBER.matcher(c.description().reveal()).find()
                    || MOBILE.matcher(c.location().address().reveal()).find()) {
                carriers++;
            }
        }



        Case accepted(Case c, CaseLifecycle lifecycle, CaseCommand command, Instant now) {
            text("command", command.toString());
            Transition t = lifecycle.apply(c, command, now);
            transition("command", t);
            return t.next();
        }

    }

    /** Swaps System.out and System.err for a buffer and listens to every logger while the core runs. */
    static final class Capture {
        private final PrintStream out = System.out;
        private final PrintStream err = System.err;
        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        private final List<LogRecord> records = new ArrayList<>();
        private final Logger root = Logger.getLogger("");
        private final Level rootLevel = root.getLevel();
        private final Handler handler = new Handler() {
            @Override
            public void publish(LogRecord r) {
                if (r.getLoggerName() != null && r.getLoggerName().startsWith("io.gridgov")) {
                    records.add(r);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };

        static Capture start() {
            Capture c = new Capture();
            PrintStream into = new PrintStream(c.buffer, true, StandardCharsets.UTF_8);
            c.handler.setLevel(Level.ALL);
            c.root.addHandler(c.handler);
            c.root.setLevel(Level.ALL);
            System.setOut(into);
            System.setErr(into);
            return c;
        }

        void stop() {
            System.setOut(out);
            System.setErr(err);
            root.removeHandler(handler);
            root.setLevel(rootLevel);
        }

        String output() {
            return buffer.toString(StandardCharsets.UTF_8);
        }

        List<LogRecord> records() {
            return records;
        }
    }
}
