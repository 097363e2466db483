/**
 * Mail that is never lost: a message is written to the outbox table in the transaction of the change that
 * caused it, and a timer sends it through the server's mail session, retrying with growing pauses while the
 * mail server is away. The console's outbox page lists it and puts a mail the sender gave up on back in the queue
 * ({@link ir.portal.notify.application.OutboxAdministration}).
 */
package ir.portal.notify;
