package ir.portal.committee.domain;

/** A present member's vote on an item; an abstention counts as having voted but neither for nor against. */
public enum VoteChoice {
    APPROVE,
    REJECT,
    ABSTAIN
}
