/**
 * Mail that is never lost: a message is written to the outbox table in the transaction of the change that
 * caused it, and a timer sends it through the server's mail session, retrying with growing pauses while the
 * mail server is away.
 */
package ir.portal.notify;
