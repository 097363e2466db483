package ir.portal.committee.domain;

import ir.portal.platform.audit.Audited;
import ir.portal.platform.history.FieldChange;
import ir.portal.platform.security.Actor;
import java.util.List;
import java.util.Locale;

/** The secretary scheduled a meeting, set its agenda or attendance, opened or closed it, or closed an item. */
public record MeetingChanged(Meeting meeting, Change change, List<FieldChange> changes, Actor actor)
        implements Audited {

    /** What was done to the meeting. */
    public enum Change {
        SCHEDULED,
        AGENDA,
        ATTENDANCE,
        OPENED,
        ITEM_CLOSED,
        CLOSED
    }

    @Override
    public String action() {
        return "committee.meeting." + change.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @Override
    public String subject() {
        return "Meeting:" + meeting.getId();
    }
}
