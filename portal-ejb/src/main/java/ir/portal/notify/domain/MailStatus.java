package ir.portal.notify.domain;

/** Where a message of the outbox stands. */
public enum MailStatus {
    /** Waiting for its next attempt. */
    PENDING,
    /** Claimed by a sender; if the sender dies, the claim runs out and the message is tried again. */
    SENDING,
    /** Handed to the mail server. */
    SENT,
    /** Given up after the last attempt; kept for the administrator to see and send again. */
    FAILED
}
