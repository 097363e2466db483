package ir.portal.desk.domain;

/** The orders the staff queue offers, each backed by an index on the unit, the open flag and the due date. */
public enum QueueSort {
    DUE_FIRST("r.clock.dueOn ASC, r.id ASC"),
    DUE_LAST("r.clock.dueOn DESC, r.id DESC"),
    NEWEST("r.submittedAt DESC, r.id DESC"),
    OLDEST("r.submittedAt ASC, r.id ASC");

    private final String jpql;

    QueueSort(String jpql) {
        this.jpql = jpql;
    }

    String jpql() {
        return jpql;
    }
}
