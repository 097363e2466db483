package ir.portal.notify.application;

/** A mail was put in the outbox; once its transaction commits, the sender need not wait for its next round. */
public record MailQueued(long mailId) {}
