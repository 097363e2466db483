package ir.portal.committee.domain;

/** A meeting is scheduled (agenda and attendance are set), open (members vote), then closed with its minutes. */
public enum MeetingStatus {
    SCHEDULED,
    OPEN,
    CLOSED
}
