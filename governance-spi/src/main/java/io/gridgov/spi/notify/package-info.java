/**
 * Notifications: what a command asks to tell people, kept in a transactional outbox and delivered after
 * the commit, at least once.
 *
 * <p>Entry points: {@link io.gridgov.spi.notify.Notification} (an immutable message: a template key and
 * parameters that are ids and codes, never personal data, with a stable
 * {@link io.gridgov.spi.notify.NotificationId}); {@link io.gridgov.spi.notify.Notifier} (the host's
 * delivery: SMS, WeChat, app push); {@link io.gridgov.spi.notify.Outbox} (claim under a lease, mark
 * delivered, record a failure); {@link io.gridgov.spi.notify.OutboxRelay} (drains an outbox through a
 * notifier, containing a notifier's failures).
 *
 * <p><b>Nulls:</b> no method accepts {@code null}; a {@code null} argument throws
 * {@link java.lang.NullPointerException} naming the parameter. Look-ups return
 * {@link java.util.Optional}.
 *
 * <p><b>Time:</b> nothing here reads the system clock: instants are passed in, and the relay holds a
 * {@link java.time.Clock}.
 */
package io.gridgov.spi.notify;
