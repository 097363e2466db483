package ir.portal.platform.review;

/** Where a pending revision stands: its author is editing it, it waits for the reviewer, or it came back. */
public enum ReviewState {
    EDITING,
    IN_REVIEW,
    RETURNED;

    /** Whether its author may change it: not while the reviewer has it. */
    public boolean isEditable() {
        return this != IN_REVIEW;
    }
}
