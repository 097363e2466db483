package ir.portal.accounts.domain;

/**
 * The role names as the container sees them, for {@code @RolesAllowed} and {@code isCallerInRole}.
 */
public final class Roles {

    public static final String CITIZEN = "citizen";
    public static final String EDITOR = "editor";
    public static final String UNIT_MANAGER = "unit-manager";
    public static final String PORTAL_EXPERT = "portal-expert";
    public static final String CASE_OFFICER = "case-officer";
    public static final String COUNTER_CLERK = "counter-clerk";
    public static final String COMMITTEE = "committee";
    public static final String IT_OPERATOR = "it-operator";
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
