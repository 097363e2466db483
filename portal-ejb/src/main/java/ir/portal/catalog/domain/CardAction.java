package ir.portal.catalog.domain;

/** What a revision of a card did. */
public enum CardAction {
    CREATED,
    EDITED,
    PUBLISHED,
    WITHDRAWN
}
