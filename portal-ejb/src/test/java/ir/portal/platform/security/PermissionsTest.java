package ir.portal.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The permission map as a table: every role against every right, and where each role lands. */
class PermissionsTest {

    /** One line per right; the columns are the roles in this order. X: the role holds the right. */
    private static final List<Role> COLUMNS = List.of(
            Role.CITIZEN,
            Role.EDITOR,
            Role.UNIT_MANAGER,
            Role.PORTAL_EXPERT,
            Role.CASE_OFFICER,
            Role.COUNTER_CLERK,
            Role.COMMITTEE,
            Role.IT_OPERATOR,
            Role.ADMIN);

    private static final String TABLE = """
            right                        cit edi man exp off clk com ops adm
            ACCOUNTS_MANAGE               .   .   .   .   .   .   .   .   X
            JOBS_RUN                      .   .   .   .   .   .   .   X   X
            CONSOLE                       .   X   X   X   X   X   .   X   X
            COMMITTEE_AREA                .   X   X   X   .   .   X   X   .
            OWN_REQUESTS                  X   .   .   .   .   .   .   .   .
            CARDS_EDIT                    .   X   X   X   .   .   .   .   .
            CARDS_PUBLISH                 .   .   X   X   .   .   .   .   .
            CARDS_EVERY_UNIT              .   .   .   X   .   .   .   .   .
            CONTENT_EDIT                  .   X   X   X   .   .   .   .   .
            CONTENT_PUBLISH               .   .   X   X   .   .   .   .   .
            CONTENT_EVERY_UNIT            .   .   .   X   .   .   .   .   .
            SITE_EDIT                     .   .   .   X   .   .   .   .   .
            REQUESTS_SUBMIT_FOR_CITIZEN   .   .   .   .   .   X   .   .   .
            REQUESTS_WORK                 .   .   X   X   X   X   .   .   .
            REQUESTS_OWN_UNIT             .   .   X   .   X   .   .   .   .
            REQUESTS_EVERY_UNIT           .   .   .   X   .   X   .   .   .
            REQUESTS_READ_ALL             .   .   .   X   .   .   .   .   .
            REQUESTS_ANSWER_FOR_CITIZEN   .   .   .   .   .   X   .   .   .
            WORKFLOWS_EDIT                .   .   .   X   .   .   .   .   .
            HOLIDAYS_EDIT                 .   .   .   X   .   .   .   .   X
            AUDIT_READ                    .   .   .   .   .   .   .   .   X
            UNITS_MANAGE                  .   .   .   .   .   .   .   .   X
            OUTBOX_MANAGE                 .   .   .   .   .   .   .   X   X
            PROPOSALS_MAKE                .   X   X   .   .   .   .   .   .
            COMMITTEE_SECRETARY           .   .   .   X   .   .   .   .   .
            COMMITTEE_VOTE                .   .   .   .   .   .   X   .   .
            SERVICES_PROVISION            .   .   .   .   .   .   .   X   .
            """;

    @Test
    void everyRoleHoldsExactlyTheRightsOfTheTable() {
        Map<Right, List<Boolean>> table = TABLE.lines()
                .skip(1)
                .map(String::strip)
                .filter(l -> !l.isEmpty())
                .map(l -> l.split("\\s+"))
                .collect(Collectors.toMap(
                        cells -> Right.valueOf(cells[0]),
                        cells -> Arrays.stream(cells).skip(1).map("X"::equals).toList()));
        assertEquals(Set.of(Right.values()), table.keySet(), "the table names every right once");
        for (Right right : Right.values()) {
            for (int column = 0; column < COLUMNS.size(); column++) {
                Role role = COLUMNS.get(column);
                assertEquals(table.get(right).get(column), Permissions.of(role).contains(right), role + " × " + right);
            }
        }
    }

    @Test
    void eachRoleLandsWhereItsFirstRightSays() {
        Map<Role, Optional<String>> landing = Arrays.stream(Role.values())
                .collect(Collectors.toMap(Function.identity(), role -> Permissions.landing(Set.of(role))));
        assertEquals(Optional.of("/my/"), landing.get(Role.CITIZEN));
        assertEquals(Optional.of("/admin/"), landing.get(Role.EDITOR));
        assertEquals(Optional.of("/admin/"), landing.get(Role.CASE_OFFICER));
        assertEquals(Optional.of("/committee/"), landing.get(Role.COMMITTEE));
        assertEquals(Optional.of("/admin/jobs.xhtml"), landing.get(Role.IT_OPERATOR));
        assertEquals(Optional.of("/admin/"), landing.get(Role.ADMIN));
        assertEquals(Optional.empty(), Permissions.landing(Set.of()));
    }

    @Test
    void theRolesWithARightAreReadOffTheSameMap() {
        assertEquals(Set.of(Role.CASE_OFFICER, Role.UNIT_MANAGER), Permissions.rolesWith(Right.REQUESTS_OWN_UNIT));
        assertEquals(Set.of(Role.COUNTER_CLERK, Role.PORTAL_EXPERT), Permissions.rolesWith(Right.REQUESTS_EVERY_UNIT));
    }

    @Test
    void aRoleIsNamedForTheContainerAsInWebXml() {
        assertEquals("unit-manager", Role.UNIT_MANAGER.roleName());
        assertEquals(Optional.of(Role.COUNTER_CLERK), Role.byName("counter-clerk"));
        assertEquals(Optional.empty(), Role.byName("root"));
        RoleNameConverter converter = new RoleNameConverter();
        for (Role role : Role.values()) {
            assertEquals(role, converter.convertToEntityAttribute(converter.convertToDatabaseColumn(role)));
        }
    }
}
