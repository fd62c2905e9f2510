package io.gridgov.spi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gridgov.core.cases.Case;
import io.gridgov.core.cases.CaseCommand;
import io.gridgov.core.cases.CaseEvent;
import io.gridgov.core.cases.Transition;
import io.gridgov.core.lifecycle.CommandId;
import io.gridgov.core.mediation.Dispute;
import io.gridgov.core.mediation.DisputeCommand;
import io.gridgov.core.mediation.DisputeEvent;
import io.gridgov.core.mediation.DisputeTransition;
import io.gridgov.spi.conformance.KitWorld;
import io.gridgov.spi.json.GovernanceJsonModule;
import io.gridgov.spi.memory.MemoryStore;
import io.gridgov.spi.notify.Notification;
import io.gridgov.spi.notify.NotificationId;
import io.gridgov.spi.store.CaseCommit;
import io.gridgov.spi.store.DisputeCommit;
import io.gridgov.spi.store.PageRequest;
import io.gridgov.spi.store.Query;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Personal data never shows in what the SPI prints: the {@code toString()} of commits, outcomes, pages and
 * outbox rows over aggregates full of names, phone numbers and free text; the messages of the store's
 * exceptions; and the messages of every refusal to read a stored document in which one string was replaced
 * by personal data. (The core's own types are scanned by the core's leak tests.)
 */
@DisplayName("No personal data in the SPI's strings")
class SpiLeakTest {
    /** What KitWorld's reports and applications carry: a name, a phone number, free text. */
    static final List<String> SECRETS = List.of("13812345678", "张三", "李四", "某医院", "路坏了", "村口到镇上的路",
            "手术后遗症");
    /** What is planted into stored documents: a phone number, an identity number, a name in free text. */
    static final List<String> PLANTED = List.of("13912345678", "110105199001011234", "王五说请联系");

    static void assertClean(String what, String text) {
        for (String s : SECRETS) {
            assertThat(text).as("%s shows personal data", what).doesNotContain(s);
        }
    }

    @Test
    @DisplayName("commits, outcomes, pages, outbox rows and conflicts of aggregates with personal data")
    void toStrings() {
        MemoryStore store = MemoryStore.create();
        CommandId c1 = CommandId.of("c-1");
        Transition reported = KitWorld.report("case-1", "TN-1", KitWorld.GRID, c1, KitWorld.T0);
        Notification n = new Notification(NotificationId.of(reported.next().id(), c1, 0), "r-1", "case.reported",
                Map.of("trackingNumber", "TN-1"), KitWorld.T0);
        CaseCommit commit = CaseCommit.of(reported, List.of(n));
        List<String> shown = new ArrayList<>();
        shown.add(commit.toString());
        shown.add(store.cases().commit(commit).toString());
        shown.add(store.cases().commit(commit).toString()); // a replay
        shown.add(store.cases().query(Query.openCases(), PageRequest.first(10)).toString());
        shown.add(store.outbox().find(n.id()).orElseThrow().toString());
        shown.add(store.outbox().claim(KitWorld.T0, Duration.ofMinutes(1), 10).toString());
        Transition other = KitWorld.report("case-2", "TN-1", KitWorld.GRID, CommandId.of("c-2"), KitWorld.T0);
        shown.add(message(() -> store.cases().commit(CaseCommit.of(other, List.of()))));
        Transition again = KitWorld.report("case-1", "TN-3", KitWorld.GRID, CommandId.of("c-3"), KitWorld.T0);
        shown.add(message(() -> store.cases().commit(CaseCommit.of(again, List.of()))));

        DisputeTransition applied = KitWorld.apply("d-1", "DN-1", KitWorld.GRID, KitWorld.WORKSTATION,
                CommandId.of("a-1"), KitWorld.T0);
        DisputeCommit disputeCommit = DisputeCommit.of(applied, List.of());
        shown.add(disputeCommit.toString());
        shown.add(store.disputes().commit(disputeCommit).toString());
        shown.add(message(() -> store.disputes().commit(DisputeCommit.of(KitWorld.apply("d-1", "DN-2", KitWorld.GRID,
                KitWorld.WORKSTATION, CommandId.of("a-2"), KitWorld.T0), List.of()))));
        shown.add(store.toString());
        for (String s : shown) {
            assertClean(s, s);
        }
        assertThat(String.join("\n", shown)).contains("case-1", "d-1", "TN-1"); // the scan read real output
    }

    static String message(Runnable r) {
        try {
            r.run();
        } catch (RuntimeException e) {
            StringBuilder all = new StringBuilder();
            for (Throwable t = e; t != null; t = t.getCause()) {
                all.append(t).append('\n');
            }
            return all.toString();
        }
        throw new AssertionError("expected a refusal");
    }

    @Test
    @DisplayName("a stored document with any one string replaced by personal data is refused without repeating it")
    void jsonRefusals() throws Exception {
        ObjectMapper mapper = GovernanceJsonModule.newMapper();
        Map<String, Class<?>> files = Map.of("cases.json", Case.class, "disputes.json", Dispute.class,
                "case-walk-events.json", CaseEvent.class, "case-walk-commands.json", CaseCommand.class,
                "dispute-walk-events.json", DisputeEvent.class, "dispute-walk-commands.json", DisputeCommand.class);
        int refused = 0;
        int tried = 0;
        for (Map.Entry<String, Class<?>> f : files.entrySet()) {
            ArrayNode golden;
            try (InputStream in = GovernanceJsonModule.class.getResourceAsStream("golden/" + f.getKey())) {
                golden = (ArrayNode) mapper.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
            for (JsonNode element : golden) {
                List<Consumer<String>> setters = new ArrayList<>();
                ObjectNode copy = element.deepCopy();
                strings(copy, setters);
                for (Consumer<String> set : setters) {
                    for (String planted : PLANTED) {
                        ObjectNode damaged = copy.deepCopy();
                        List<Consumer<String>> own = new ArrayList<>();
                        strings(damaged, own);
                        own.get(setters.indexOf(set)).accept(planted);
                        tried++;
                        String text = null;
                        try {
                            mapper.readValue(damaged.toString(), f.getValue());
                        } catch (Exception e) {
                            StringBuilder all = new StringBuilder();
                            for (Throwable t = e; t != null; t = t.getCause()) {
                                all.append(t).append('\n');
                            }
                            text = all.toString();
                            refused++;
                        }
                        if (text != null) {
                            assertThat(text).as("refusal of %s with a planted value", f.getKey()).doesNotContain(planted);
                        }
                    }
                }
            }
        }
        assertThat(refused).as("of %d damaged documents, some must be refused", tried).isGreaterThan(tried / 10);
    }

    /** Setters of every string leaf of a tree, in document order. */
    static void strings(JsonNode node, List<Consumer<String>> setters) {
        if (node instanceof ObjectNode o) {
            List<String> names = new ArrayList<>();
            o.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                JsonNode child = o.get(name);
                if (child.isTextual()) {
                    setters.add(v -> o.put(name, v));
                } else {
                    strings(child, setters);
                }
            }
        } else if (node instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                int at = i;
                if (a.get(i).isTextual()) {
                    setters.add(v -> a.set(at, a.textNode(v)));
                } else {
                    strings(a.get(i), setters);
                }
            }
        }
    }
}
