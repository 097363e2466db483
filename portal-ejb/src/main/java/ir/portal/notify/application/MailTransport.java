package ir.portal.notify.application;

/** Hands one message to the mail server; throws when the server cannot take it now. */
public interface MailTransport {

    void send(OutgoingMail mail) throws MailNotSentException;

    /** The mail server refused the message or could not be reached. */
    class MailNotSentException extends Exception {

        private static final long serialVersionUID = 1L;

        public MailNotSentException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
