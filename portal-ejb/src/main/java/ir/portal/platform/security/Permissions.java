package ir.portal.platform.security;

import static ir.portal.platform.security.Right.ACCOUNTS_MANAGE;
import static ir.portal.platform.security.Right.AUDIT_READ;
import static ir.portal.platform.security.Right.CARDS_EDIT;
import static ir.portal.platform.security.Right.CARDS_EVERY_UNIT;
import static ir.portal.platform.security.Right.CARDS_PUBLISH;
import static ir.portal.platform.security.Right.COMMITTEE_AREA;
import static ir.portal.platform.security.Right.COMMITTEE_SECRETARY;
import static ir.portal.platform.security.Right.COMMITTEE_VOTE;
import static ir.portal.platform.security.Right.CONSOLE;
import static ir.portal.platform.security.Right.CONTENT_EDIT;
import static ir.portal.platform.security.Right.CONTENT_EVERY_UNIT;
import static ir.portal.platform.security.Right.CONTENT_PUBLISH;
import static ir.portal.platform.security.Right.HOLIDAYS_EDIT;
import static ir.portal.platform.security.Right.JOBS_RUN;
import static ir.portal.platform.security.Right.OUTBOX_MANAGE;
import static ir.portal.platform.security.Right.OWN_REQUESTS;
import static ir.portal.platform.security.Right.PROPOSALS_MAKE;
import static ir.portal.platform.security.Right.REQUESTS_ANSWER_FOR_CITIZEN;
import static ir.portal.platform.security.Right.REQUESTS_EVERY_UNIT;
import static ir.portal.platform.security.Right.REQUESTS_OWN_UNIT;
import static ir.portal.platform.security.Right.REQUESTS_READ_ALL;
import static ir.portal.platform.security.Right.REQUESTS_SUBMIT_FOR_CITIZEN;
import static ir.portal.platform.security.Right.REQUESTS_WORK;
import static ir.portal.platform.security.Right.SERVICES_PROVISION;
import static ir.portal.platform.security.Right.SITE_EDIT;
import static ir.portal.platform.security.Right.UNITS_MANAGE;
import static ir.portal.platform.security.Right.WORKFLOWS_EDIT;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The one place that says which role may do what. Services, views, the landing page and the request queue all
 * read it; adding a role or a right is a change here (and, for a new role, its constant in {@link Role} and
 * {@code web.xml}).
 */
public final class Permissions {

    private static final Map<Role, Set<Right>> RIGHTS = new EnumMap<>(Role.class);

    static {
        grant(Role.CITIZEN, OWN_REQUESTS);
        grant(Role.EDITOR, CONSOLE, CARDS_EDIT, CONTENT_EDIT, COMMITTEE_AREA, PROPOSALS_MAKE);
        grant(
                Role.UNIT_MANAGER,
                CONSOLE,
                CARDS_EDIT,
                CARDS_PUBLISH,
                CONTENT_EDIT,
                CONTENT_PUBLISH,
                REQUESTS_WORK,
                REQUESTS_OWN_UNIT,
                COMMITTEE_AREA,
                PROPOSALS_MAKE);
        grant(
                Role.PORTAL_EXPERT,
                CONSOLE,
                CARDS_EDIT,
                CARDS_PUBLISH,
                CARDS_EVERY_UNIT,
                CONTENT_EDIT,
                CONTENT_PUBLISH,
                CONTENT_EVERY_UNIT,
                SITE_EDIT,
                REQUESTS_WORK,
                REQUESTS_EVERY_UNIT,
                REQUESTS_READ_ALL,
                WORKFLOWS_EDIT,
                HOLIDAYS_EDIT,
                COMMITTEE_AREA,
                COMMITTEE_SECRETARY);
        grant(Role.CASE_OFFICER, CONSOLE, REQUESTS_WORK, REQUESTS_OWN_UNIT);
        grant(
                Role.COUNTER_CLERK,
                CONSOLE,
                REQUESTS_WORK,
                REQUESTS_EVERY_UNIT,
                REQUESTS_SUBMIT_FOR_CITIZEN,
                REQUESTS_ANSWER_FOR_CITIZEN);
        grant(Role.COMMITTEE, COMMITTEE_AREA, COMMITTEE_VOTE);
        grant(Role.IT_OPERATOR, CONSOLE, JOBS_RUN, OUTBOX_MANAGE, COMMITTEE_AREA, SERVICES_PROVISION);
        grant(Role.ADMIN, CONSOLE, ACCOUNTS_MANAGE, JOBS_RUN, HOLIDAYS_EDIT, AUDIT_READ, UNITS_MANAGE, OUTBOX_MANAGE);
    }

    private Permissions() {}

    private static void grant(Role role, Right... rights) {
        RIGHTS.put(role, Set.copyOf(Arrays.asList(rights)));
    }

    /** The rights of one role. */
    public static Set<Right> of(Role role) {
        return RIGHTS.getOrDefault(role, Set.of());
    }

    /** Whether any of the roles holds the right. */
    public static boolean allows(Collection<Role> roles, Right right) {
        return roles.stream().anyMatch(role -> of(role).contains(right));
    }

    /** The rights that any of the roles hold. */
    public static Set<Right> of(Collection<Role> roles) {
        EnumSet<Right> rights = EnumSet.noneOf(Right.class);
        roles.forEach(role -> rights.addAll(of(role)));
        return rights;
    }

    /** The roles that hold the right. */
    public static Set<Role> rolesWith(Right right) {
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        RIGHTS.forEach((role, rights) -> {
            if (rights.contains(right)) {
                roles.add(role);
            }
        });
        return roles;
    }

    /** Where someone with these roles starts after signing in: the first landing of {@link Right}'s order. */
    public static Optional<String> landing(Collection<Role> roles) {
        Set<Right> held = of(roles);
        return Arrays.stream(Right.values())
                .filter(held::contains)
                .map(Right::landing)
                .flatMap(Optional::stream)
                .findFirst();
    }
}
