package io.gridgov.spi.conformance;

import io.gridgov.core.cases.CaseId;
import io.gridgov.core.lifecycle.CommandId;
import io.gridgov.spi.notify.Notification;
import io.gridgov.spi.notify.NotificationId;
import io.gridgov.spi.notify.Notifier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The conformance kit for a {@link Notifier}: at-least-once delivery tolerates repeats, concurrent
 * deliveries all arrive, {@code null} is refused. Extend it with a notifier wired to a test channel, and
 * say what that channel received.
 */
@DisplayName("Notifier contract")
public abstract class NotifierContract {
    /** The notifier under test, fresh for every test. */
    protected Notifier notifier;

    /**
     * A new notifier whose channel has received nothing.
     *
     * @return the notifier
     */
    protected abstract Notifier newNotifier();

    /**
     * The ids of the notifications the notifier's channel received (at least once).
     *
     * @param n the notifier from {@link #newNotifier()}
     * @return the ids
     */
    protected abstract Set<NotificationId> received(Notifier n);

    @BeforeEach
    void freshNotifier() {
        notifier = newNotifier();
    }

    static Notification note(int i) {
        return new Notification(NotificationId.of(CaseId.of("n-case"), CommandId.of("n-cmd"), i), "person-" + (i % 7),
                "case.dispatched", Map.of("trackingNumber", "TN-" + i), KitWorld.T0);
    }

    @Nested
    @DisplayName("Delivery")
    class Delivery {
        @Test
        @DisplayName("a delivered notification reaches the channel")
        void delivers() {
            notifier.deliver(note(0));
            assertThat(received(notifier)).containsExactly(note(0).id());
        }

        @Test
        @DisplayName("delivering the same notification again (at least once) returns normally")
        void repeats() {
            notifier.deliver(note(1));
            notifier.deliver(note(1));
            assertThat(received(notifier)).containsExactly(note(1).id());
        }

        @Test
        @DisplayName("deliveries from many threads at once all arrive")
        void concurrent() throws Exception {
            int threads = 8;
            int each = 25;
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                CyclicBarrier start = new CyclicBarrier(threads);
                List<Future<?>> done = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    int from = t * each;
                    done.add(pool.submit(() -> {
                        start.await(10, TimeUnit.SECONDS);
                        for (int i = from; i < from + each; i++) {
                            notifier.deliver(note(i));
                        }
                        return null;
                    }));
                }
                for (Future<?> f : done) {
                    f.get(30, TimeUnit.SECONDS);
                }
            } finally {
                pool.shutdownNow();
            }
            assertThat(received(notifier)).hasSize(threads * each);
        }

        @Test
        @DisplayName("null is refused with a NullPointerException")
        void refusesNull() {
            assertThatThrownBy(() -> notifier.deliver(null)).isInstanceOf(NullPointerException.class);
        }
    }
}
