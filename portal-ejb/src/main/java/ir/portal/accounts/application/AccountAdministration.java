package ir.portal.accounts.application;

import ir.portal.accounts.domain.Account;
import ir.portal.accounts.domain.AccountChanged;
import ir.portal.accounts.domain.AccountRepository;
import ir.portal.accounts.domain.AccountStatus;
import ir.portal.accounts.domain.OrgUnit;
import ir.portal.identifiers.EmailAddress;
import ir.portal.platform.errors.ConcurrentEdit;
import ir.portal.platform.errors.InvalidInput;
import ir.portal.platform.errors.NotFound;
import ir.portal.platform.errors.Problems;
import ir.portal.platform.history.FieldChange;
import ir.portal.platform.paging.Page;
import ir.portal.platform.paging.PageRequest;
import ir.portal.platform.security.CurrentActor;
import ir.portal.platform.security.Requires;
import ir.portal.platform.security.Right;
import ir.portal.platform.security.Role;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The administrator's work on accounts: the list with search and filters, the decision on a registration,
 * disabling (which ends the account's sessions at once), lifting a lock, roles and unit, and new staff accounts.
 * Only those with {@link Right#ACCOUNTS_MANAGE} may call it: the check is here, not only in the view. Each change
 * names the version the admin saw, so two admins deciding at once cannot overwrite each other, and is in the
 * audit log with its fields before and after.
 */
@Stateless
@Requires(Right.ACCOUNTS_MANAGE)
public class AccountAdministration {

    @Inject
    AccountRepository accounts;

    @Inject
    AccountQueries queries;

    @Inject
    SignInFailures failures;

    @Inject
    PasswordHasher hasher;

    @Inject
    PasswordPolicy policy;

    @Inject
    AccountMail mail;

    @Inject
    CurrentActor actors;

    @Inject
    Clock clock;

    @Inject
    Event<AccountChanged> changed;

    public Page<AccountView> find(AccountFilter filter, PageRequest page, String sortField, boolean ascending) {
        return queries.find(filter, page, sortField, ascending);
    }

    public long count() {
        return queries.count(AccountFilter.all());
    }

    public long count(AccountFilter filter) {
        return queries.count(filter);
    }

    /** The units a staff account may belong to, for the forms. */
    public List<OrgUnit> units() {
        return accounts.units();
    }

    public void approve(long id, long version) {
        Account account = edit(id, version);
        requireStatus(account, AccountStatus.PENDING, AccountStatus.REJECTED);
        AccountStatus before = account.getStatus();
        account.approve();
        mail.send(account, "approved", account.getDisplayName(), mail.link("/login.xhtml"));
        statusChanged(account, "approved", before);
    }

    public void reject(long id, long version, String reason) {
        new Problems()
                .addIf(reason == null || reason.isBlank(), "reason", Problems.REQUIRED)
                .addIf(reason != null && reason.length() > 1000, "reason", Problems.TOO_LONG)
                .throwIfAny();
        Account account = edit(id, version);
        requireStatus(account, AccountStatus.PENDING, AccountStatus.UNCONFIRMED);
        AccountStatus before = account.getStatus();
        account.reject(reason.strip());
        mail.send(account, "rejected", account.getDisplayName(), reason.strip());
        statusChanged(account, "rejected", before);
    }

    /** Turns an account off; any session it has ends with its next request, on every node. */
    public void disable(long id, long version, String reason) {
        new Problems()
                .addIf(reason != null && reason.length() > 1000, "reason", Problems.TOO_LONG)
                .throwIfAny();
        Account account = edit(id, version);
        if (account.getUsername().equals(actors.get().username())) {
            throw new InvalidInput(Map.of("account", "accounts.admin.not-yourself"));
        }
        AccountStatus before = account.getStatus();
        account.disable(reason == null || reason.isBlank() ? null : reason.strip(), clock.instant());
        statusChanged(account, "disabled", before);
    }

    public void enable(long id, long version) {
        Account account = edit(id, version);
        requireStatus(account, AccountStatus.DISABLED);
        AccountStatus before = account.getStatus();
        account.enable();
        statusChanged(account, "enabled", before);
    }

    /** Lifts the slowdown and lock of the account's name for every client; says how many clients were locked. */
    public int unlock(long id) {
        Account account = accounts.find(id).orElseThrow(() -> new NotFound("Account " + id));
        int lifted = failures.unlock(account.getUsername());
        changed.fire(new AccountChanged(account.getId(), "unlocked", actors.get()));
        return lifted;
    }

    /** Gives the account its roles and unit; a staff role needs a unit. */
    public void assign(long id, long version, Set<Role> roles, String unitCode) {
        OrgUnit unit = unitCode == null || unitCode.isBlank()
                ? null
                : accounts.findUnit(unitCode).orElseThrow(() -> new NotFound("Unit " + unitCode));
        new Problems()
                .addIf(roles.stream().anyMatch(Role::isStaff) && unit == null, "unit", "accounts.admin.unit-needed")
                .throwIfAny();
        Account account = edit(id, version);
        String rolesBefore = names(account.getRoles());
        String unitBefore = account.getUnit() == null ? null : account.getUnit().getCode();
        account.assign(roles, unit);
        changed.fire(new AccountChanged(
                account.getId(),
                "assigned",
                List.of(
                        new FieldChange("roles", rolesBefore, names(account.getRoles())),
                        new FieldChange("unit", unitBefore, unitCode)),
                actors.get()));
    }

    /** A new staff account with a first password that must be changed at the first sign-in. */
    public long createStaff(StaffForm form) {
        Problems problems = new Problems();
        String username = form.username() == null ? "" : form.username().strip();
        problems.addIf(username.isEmpty(), "username", Problems.REQUIRED)
                .addIf(
                        !username.matches("[a-z][a-z0-9._-]{1,39}") && !username.isEmpty(),
                        "username",
                        "accounts.admin.username")
                .addIf(
                        !username.isEmpty() && accounts.findByUsername(username).isPresent(),
                        "username",
                        "accounts.admin.username-taken");
        problems.addIf(form.displayName() == null || form.displayName().isBlank(), "displayName", Problems.REQUIRED);
        problems.addIf(
                form.email() != null
                        && !form.email().isBlank()
                        && EmailAddress.parse(form.email()).isEmpty(),
                "email",
                "desk.email.invalid");
        problems.addIf(form.roles() == null || form.roles().isEmpty(), "roles", Problems.REQUIRED);
        OrgUnit unit = form.unitCode() == null || form.unitCode().isBlank()
                ? null
                : accounts.findUnit(form.unitCode()).orElse(null);
        problems.addIf(unit == null, "unit", "accounts.admin.unit-needed");
        policy.check("firstPassword", form.firstPassword(), problems);
        problems.throwIfAny();
        String hash = hasher.hash(form.firstPassword().toCharArray());
        Account account = new Account(
                username,
                hash,
                form.displayName().strip(),
                form.email() == null || form.email().isBlank()
                        ? null
                        : form.email().strip(),
                unit,
                form.roles(),
                clock.instant());
        account.changePassword(hash, true, clock.instant());
        accounts.add(account);
        accounts.flush();
        mail.send(account, "staff", account.getDisplayName(), username, mail.link("/login.xhtml"));
        changed.fire(new AccountChanged(
                account.getId(),
                "created",
                List.of(
                        new FieldChange("roles", null, names(account.getRoles())),
                        new FieldChange("unit", null, unit.getCode())),
                actors.get()));
        return account.getId();
    }

    private Account edit(long id, long version) {
        Account account = accounts.find(id).orElseThrow(() -> new NotFound("Account " + id));
        if (account.getVersion() != version) {
            throw new ConcurrentEdit("Account " + id);
        }
        return account;
    }

    private static void requireStatus(Account account, AccountStatus... allowed) {
        if (!EnumSet.copyOf(List.of(allowed)).contains(account.getStatus())) {
            throw new ConcurrentEdit("Account " + account.getId() + " is " + account.getStatus());
        }
    }

    private void statusChanged(Account account, String what, AccountStatus before) {
        changed.fire(new AccountChanged(
                account.getId(),
                what,
                List.of(new FieldChange(
                        "status", before.name(), account.getStatus().name())),
                actors.get()));
    }

    private static String names(Set<Role> roles) {
        return roles.stream().map(Role::roleName).sorted().collect(Collectors.joining(","));
    }
}
