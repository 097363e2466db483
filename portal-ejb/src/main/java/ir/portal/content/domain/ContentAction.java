package ir.portal.content.domain;

/** A step in a content item's history. */
public enum ContentAction {
    CREATED,
    EDITED,
    SUBMITTED,
    RETURNED,
    PUBLISHED,
    REVISED,
    ARCHIVED
}
