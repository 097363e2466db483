package ir.portal.desk.domain;

/** What happened to a request: the audit trail and the citizen's history are both read from these. */
public enum RequestEventKind {
    SUBMITTED,
    TRANSITION,
    MESSAGE,
    DOWNLOAD,
    PAYMENT_SLIP,
    FEEDBACK
}
