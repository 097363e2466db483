package ir.portal.content.domain;

/**
 * Where an item stands: its author writes it, sends it for review, the reviewer publishes it or returns it with a
 * comment; a published item is archived when it is no longer to be read. A published item being changed keeps its
 * next version apart ({@link ir.portal.platform.review.PendingRevision}) and stays published.
 */
public enum ContentStatus {
    DRAFT,
    IN_REVIEW,
    RETURNED,
    PUBLISHED,
    ARCHIVED;

    /** Whether its author may change it in place. */
    public boolean isEditable() {
        return this == DRAFT || this == RETURNED;
    }
}
