package ir.portal.committee.application;

import ir.portal.committee.domain.Decision;
import ir.portal.committee.domain.MeetingStatus;
import ir.portal.committee.domain.VoteChoice;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A meeting as its page shows it: when and where, who is present, the rule once it opened (null before), and
 * its items with their votes.
 */
public record MeetingView(
        long id,
        long version,
        int number,
        Instant startsAt,
        String place,
        MeetingStatus status,
        Set<String> present,
        Integer quorum,
        Integer members,
        Decision tie,
        boolean hasMinutes,
        List<Item> items) {

    /** An agenda item with its votes; {@code decision} is null until the item is closed. */
    public record Item(
            long id,
            long version,
            int position,
            long proposalId,
            String title,
            String unitCode,
            Decision decision,
            String conditions,
            boolean closed,
            List<Ballot> votes) {}

    /** A member's vote. */
    public record Ballot(String member, VoteChoice choice, String comment, Instant castAt) {}
}
