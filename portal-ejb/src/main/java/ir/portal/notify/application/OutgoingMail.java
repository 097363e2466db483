package ir.portal.notify.application;

/** A message on its way to the mail server. */
public record OutgoingMail(long id, String recipient, String subject, String body) {}
