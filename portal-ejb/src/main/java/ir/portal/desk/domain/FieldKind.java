package ir.portal.desk.domain;

/** What a request form field holds, and so how it is checked. */
public enum FieldKind {
    TEXT,
    LONG_TEXT,
    NUMBER,
    NATIONAL_ID,
    BILL_ID,
    MOBILE,
    POSTAL_CODE
}
