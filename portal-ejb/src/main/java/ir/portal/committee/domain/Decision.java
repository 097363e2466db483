package ir.portal.committee.domain;

/** What the committee decided on an item. A deferred proposal goes back to wait for a later agenda. */
public enum Decision {
    APPROVED,
    REJECTED,
    DEFERRED;

    /** The proposal's state after this decision. */
    public ProposalStatus status() {
        return switch (this) {
            case APPROVED -> ProposalStatus.APPROVED;
            case REJECTED -> ProposalStatus.REJECTED;
            case DEFERRED -> ProposalStatus.DEFERRED;
        };
    }
}
