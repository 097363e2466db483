package ir.portal.platform.security;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The roles of DESIGN.md. The name the container uses ({@code web.xml}, the identity store's groups) is the
 * constant's name in lower case with hyphens ({@code UNIT_MANAGER} is {@code unit-manager}); what each role may
 * do is written only in {@link Permissions}.
 */
public enum Role {
    CITIZEN(false),
    EDITOR(true),
    UNIT_MANAGER(true),
    PORTAL_EXPERT(true),
    CASE_OFFICER(true),
    COUNTER_CLERK(true),
    COMMITTEE(false),
    IT_OPERATOR(true),
    ADMIN(true);

    private final boolean staff;

    Role(boolean staff) {
        this.staff = staff;
    }

    /** The name the container and the identity store use. */
    public String roleName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<Role> byName(String roleName) {
        return Arrays.stream(values())
                .filter(r -> r.roleName().equals(roleName))
                .findFirst();
    }

    /** Whether the role belongs to the organisation's staff (its history lines show the person's unit). */
    public boolean isStaff() {
        return staff;
    }
}
