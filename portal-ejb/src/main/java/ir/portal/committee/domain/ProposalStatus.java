package ir.portal.committee.domain;

/**
 * Where a proposal stands. The path is draft → submitted → screened (or returned to the unit with questions, and
 * submitted again) → on a meeting's agenda → approved, rejected or deferred (a deferred one waits for a later
 * agenda); an approved one waits for IT, which starts provisioning it and, done, publishes it. Rejected and published are final.
 */
public enum ProposalStatus {
    DRAFT,
    SUBMITTED,
    RETURNED,
    SCREENED,
    ON_AGENDA,
    DEFERRED,
    APPROVED,
    REJECTED,
    PROVISIONING,
    PUBLISHED;

    /** Whether the unit may still change the proposal. */
    public boolean isEditable() {
        return this == DRAFT || this == RETURNED;
    }

    /** Whether the committee has decided it: approved (and on to IT and publication) or rejected. */
    public boolean isDecided() {
        return this == APPROVED || this == REJECTED || this == PROVISIONING || this == PUBLISHED;
    }

    /** Whether the secretary may put the proposal on a meeting's agenda. */
    public boolean awaitsAgenda() {
        return this == SCREENED || this == DEFERRED;
    }
}
