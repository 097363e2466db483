package ir.portal.desk.domain;

/** How a request ended, once its workflow reaches a final stage. */
public enum Outcome {
    COMPLETED,
    ARCHIVED,
    REJECTED
}
