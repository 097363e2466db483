package ir.portal.accounts.domain;

/**
 * Where an account stands: a citizen's registration goes from an unconfirmed mail address to the admin's
 * decision; only an active account signs in. Staff accounts are created active by the admin.
 */
public enum AccountStatus {
    /** Registered; the mail address has not been confirmed by its link yet. */
    UNCONFIRMED,
    /** The mail address is confirmed; the admin has not decided yet. */
    PENDING,
    ACTIVE,
    /** The admin refused the registration, with a reason the person is told. */
    REJECTED,
    /** Turned off by the admin; its sessions have ended. */
    DISABLED
}
