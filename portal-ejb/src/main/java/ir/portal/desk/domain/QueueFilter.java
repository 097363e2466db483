package ir.portal.desk.domain;

import ir.portal.accounts.domain.OrgUnit;
import ir.portal.identifiers.TrackingCode;
import ir.portal.platform.security.Role;
import java.time.LocalDate;
import java.util.Set;

/**
 * Which open requests a member of staff sees: those waiting for one of their unit-bound roles in their unit, and
 * those waiting for one of their roles that serve every unit (counter offices) anywhere; optionally only one
 * stage, only overdue ones, or one tracking code.
 */
public record QueueFilter(
        Set<Role> unitRoles,
        OrgUnit unit,
        Set<Role> everyUnitRoles,
        String stage,
        LocalDate overdueOn,
        TrackingCode code,
        QueueSort sort) {}
