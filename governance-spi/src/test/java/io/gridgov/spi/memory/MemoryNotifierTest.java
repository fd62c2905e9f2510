package io.gridgov.spi.memory;

import io.gridgov.spi.conformance.NotifierContract;
import io.gridgov.spi.notify.NotificationId;
import io.gridgov.spi.notify.Notifier;
import org.junit.jupiter.api.DisplayName;

import java.util.Set;

@DisplayName("MemoryNotifier keeps the Notifier contract")
class MemoryNotifierTest extends NotifierContract {
    @Override
    protected Notifier newNotifier() {
        return MemoryNotifier.recording();
    }

    @Override
    protected Set<NotificationId> received(Notifier n) {
        return ((MemoryNotifier) n).deliveredIds();
    }
}
