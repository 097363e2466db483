package ir.portal.committee.domain;

/** Why a unit asks for the service: citizens ask for it, or an evaluation index of the parent company wants it. */
public enum ProposalReason {
    CITIZEN_DEMAND,
    EVALUATION_INDEX
}
