package ir.portal.accounts.domain;

/**
 * The roles of DESIGN.md. Staff roles open the intranet console at {@code /admin}; the committee has its
 * own area; citizens have {@code /my}.
 */
public enum Role {
    CITIZEN(Roles.CITIZEN, false),
    EDITOR(Roles.EDITOR, true),
    UNIT_MANAGER(Roles.UNIT_MANAGER, true),
    PORTAL_EXPERT(Roles.PORTAL_EXPERT, true),
    CASE_OFFICER(Roles.CASE_OFFICER, true),
    COUNTER_CLERK(Roles.COUNTER_CLERK, true),
    COMMITTEE(Roles.COMMITTEE, false),
    IT_OPERATOR(Roles.IT_OPERATOR, true),
    ADMIN(Roles.ADMIN, true);

    private final String roleName;
    private final boolean staff;

    Role(String roleName, boolean staff) {
        this.roleName = roleName;
        this.staff = staff;
    }

    /** The name the container and {@code @RolesAllowed} use. */
    public String roleName() {
        return roleName;
    }

    public boolean isStaff() {
        return staff;
    }
}
