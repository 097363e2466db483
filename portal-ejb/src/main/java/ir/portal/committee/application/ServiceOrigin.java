package ir.portal.committee.application;

import java.time.Instant;

/** Where a service came from: the proposal, its unit, and the meeting and item that approved it. */
public record ServiceOrigin(
        long proposalId,
        String title,
        String unitCode,
        long meetingId,
        int meetingNumber,
        Instant meetingStartsAt,
        int itemPosition,
        Instant publishedAt) {}
