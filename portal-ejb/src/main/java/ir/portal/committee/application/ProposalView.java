package ir.portal.committee.application;

import ir.portal.committee.domain.ProposalDetails;
import ir.portal.committee.domain.ProposalStatus;
import java.time.Instant;
import java.util.List;

/**
 * A proposal as its page shows it: what it says, where it stands, its draft card, every step it took, and whether it
 * belongs to the caller's unit (whose people change and submit it).
 */
public record ProposalView(
        long id,
        long version,
        String unitCode,
        String unitNameFa,
        String unitNameEn,
        ProposalStatus status,
        ProposalDetails details,
        long cardId,
        String proposedBy,
        Instant createdAt,
        List<Step> steps,
        boolean ownUnit) {

    /** One step of the proposal's history. */
    public record Step(
            Instant at,
            String actor,
            String unitCode,
            ProposalStatus from,
            ProposalStatus to,
            String note,
            Long meetingId) {}
}
