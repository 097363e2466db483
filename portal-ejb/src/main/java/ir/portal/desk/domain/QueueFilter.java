package ir.portal.desk.domain;

import java.time.LocalDate;
import java.util.Set;

import ir.portal.accounts.domain.OrgUnit;

/**
 * Which open requests a member of staff sees: those waiting for one of their roles, of their unit unless the
 * roles serve every unit; optionally only one stage, only overdue ones, or one tracking code.
 */
public record QueueFilter(Set<String> roles, OrgUnit unit, String stage, LocalDate overdueOn, String code,
        QueueSort sort) {
}
