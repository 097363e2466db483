package ir.portal.desk.domain;

/**
 * What a transition produces for the citizen (seeds/002, "اقلام اطلاعاتی خروجی"): the tracking code, the visit
 * date, the payment slip, the confirmed payment, the date the work is done, the answer letter.
 */
public enum StageOutput {
    TRACKING_CODE,
    VISIT_DATE,
    PAYMENT_SLIP,
    PAYMENT_CONFIRMED,
    WORK_DATE,
    ANSWER
}
