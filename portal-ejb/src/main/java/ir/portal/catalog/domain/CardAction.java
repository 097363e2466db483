package ir.portal.catalog.domain;

/** What a revision of a card did. */
public enum CardAction {
    CREATED,
    EDITED,
    PUBLISHED,
    WITHDRAWN,
    /** A published card's next version was saved, to wait for review while the published one stays live. */
    REVISED,
    /** Its next version was sent to the reviewer. */
    SUBMITTED,
    /** The reviewer returned its next version with a comment. */
    RETURNED
}
