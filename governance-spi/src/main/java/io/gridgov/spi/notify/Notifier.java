package io.gridgov.spi.notify;

/**
 * Delivers one notification: an SMS, a WeChat template message, an app push, an e-mail — the host's
 * business. The library never calls a notifier inside a commit: notifications are written to the
 * {@link Outbox} with the change that produced them, and an {@link OutboxRelay} (or the host's own loop)
 * claims them after the commit and calls {@link #deliver}. So a notifier that fails, hangs or is down
 * never loses or blocks a case change: the notification stays in the outbox and is tried again.
 *
 * <h2>Specification for implementors</h2>
 * <ul>
 *   <li><b>Thread safety:</b> {@code deliver} may be called from several threads (and processes) at once,
 *       with different notifications.</li>
 *   <li><b>At least once:</b> the same notification may be delivered more than once (a relay crashed after
 *       sending and before marking it delivered; a lease expired while a slow send was in flight). Use
 *       {@link Notification#id()} to drop repeats where the channel allows it (a message key, a
 *       de-duplication table); a repeated call with an id already delivered should return normally.</li>
 *   <li><b>Outcome:</b> return normally once the channel accepted the message; throw any
 *       {@link RuntimeException} when it did not. The relay records the failure and tries again later;
 *       the exception's message is not stored or logged by the library, so it may say anything.</li>
 *   <li><b>Ordering:</b> none. Notifications may arrive in any order (a retried one after later ones,
 *       several relays at once); a message that depends on another names its case and state, not its
 *       predecessor.</li>
 *   <li><b>Atomicity:</b> one call, one message: do not split a notification into several messages
 *       that could be half sent, or make the partial send harmless to repeat.</li>
 *   <li><b>No waiting forever:</b> bound every network call with a timeout shorter than the relay's
 *       lease, or another relay may deliver the same notification meanwhile (still correct, but a
 *       repeat).</li>
 *   <li><b>Personal data:</b> notifications carry only ids and codes; a notifier that renders names or
 *       phone numbers looks them up itself and must not log them.</li>
 * </ul>
 */
@FunctionalInterface
public interface Notifier {
    /**
     * Delivers one notification.
     *
     * @param notification what to deliver; never {@code null}
     * @throws RuntimeException if the channel did not accept it; it will be tried again
     */
    void deliver(Notification notification);
}
