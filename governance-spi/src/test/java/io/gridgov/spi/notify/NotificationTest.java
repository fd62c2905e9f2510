package io.gridgov.spi.notify;

import io.gridgov.core.InvalidInputException;
import io.gridgov.core.Problem;
import io.gridgov.core.cases.CaseId;
import io.gridgov.core.lifecycle.CommandId;
import io.gridgov.core.mediation.DisputeId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("Notifications")
class NotificationTest {
    static final Instant T = Instant.parse("2025-03-03T01:00:00Z");

    @Test
    @DisplayName("ids are derived from the aggregate, the command and the index, and never collide across kinds")
    void derivedIds() {
        NotificationId c = NotificationId.of(CaseId.of("x-1"), CommandId.of("cmd"), 0);
        assertThat(c.value()).isEqualTo("case/x-1/cmd/0");
        assertThat(NotificationId.of(CaseId.of("x-1"), CommandId.of("cmd"), 0)).isEqualTo(c);
        assertThat(NotificationId.of(DisputeId.of("x-1"), CommandId.of("cmd"), 0)).isNotEqualTo(c);
        assertThatThrownBy(() -> NotificationId.of(CaseId.of("x"), CommandId.of("c"), -1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NotificationId("has space")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    @DisplayName("a phone number as recipient or parameter, and free text as a parameter, are refused without being echoed")
    void noPersonalData() {
        NotificationId id = NotificationId.of(CaseId.of("x-1"), CommandId.of("cmd"), 0);
        assertThatThrownBy(() -> new Notification(id, "13812345678", "case.dispatched",
                Map.of("phone", "13912345678", "note", "请联系张三"), T))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.problems()).extracting(Problem::where).containsExactly("recipient", "parameters.note",
                            "parameters.phone");
                    assertThat(e.getMessage()).doesNotContain("13812345678", "13912345678", "张三");
                });
    }

    @Test
    @DisplayName("parameters are ids, codes and instants, kept sorted; toString shows their names only")
    void parameters() {
        Notification n = new Notification(NotificationId.of(CaseId.of("x-1"), CommandId.of("cmd"), 0), "org-1",
                "case.dispatched", Map.of("trackingNumber", "CD-20250303-0001", "deadline", T.toString()), T);
        assertThat(n.parameters().keySet()).containsExactly("deadline", "trackingNumber");
        assertThat(n.toString()).contains("deadline", "trackingNumber").doesNotContain("CD-20250303-0001");
    }
}
