package ir.portal.web.admin;

import ir.portal.accounts.application.AccountAdministration;
import ir.portal.accounts.application.AccountFilter;
import ir.portal.accounts.application.AccountView;
import ir.portal.accounts.application.StaffForm;
import ir.portal.accounts.domain.AccountStatus;
import ir.portal.accounts.domain.OrgUnit;
import ir.portal.platform.paging.PageRequest;
import ir.portal.platform.security.Role;
import ir.portal.web.i18n.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The accounts of the console: searched, filtered and paged in the database; the admin approves or rejects a
 * registration, disables, enables and unlocks an account, gives it roles and a unit, and creates staff accounts.
 * Each action names the version of the row the admin saw.
 */
@Named
@ViewScoped
public class AccountsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AccountAdministration administration;

    private String text;
    private Role role;
    private String unitCode;
    private AccountStatus status;

    private AccountView selected;
    private String reason;
    private Set<Role> roles = new LinkedHashSet<>();
    private String assignedUnit;

    private String newUsername;
    private String newDisplayName;
    private String newEmail;
    private String newUnit;
    private Set<Role> newRoles = new LinkedHashSet<>();
    private String newPassword;

    private List<OrgUnit> units;

    private final LazyDataModel<AccountView> accounts = new LazyDataModel<>() {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) administration.count(filter());
        }

        @Override
        public List<AccountView> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
            return administration
                    .find(
                            filter(),
                            PageRequest.of(first, pageSize),
                            sort == null ? "username" : sort.getField(),
                            sort == null || sort.getOrder() != SortOrder.DESCENDING)
                    .items();
        }

        @Override
        public String getRowKey(AccountView account) {
            return Long.toString(account.id());
        }
    };

    @PostConstruct
    void init() {
        String asked = Faces.getRequestParameter("status");
        if (asked != null) {
            try {
                status = AccountStatus.valueOf(asked);
            } catch (IllegalArgumentException e) {
                status = null;
            }
        }
    }

    private AccountFilter filter() {
        return new AccountFilter(text, role, unitCode, status);
    }

    public void select(AccountView account) {
        selected = account;
        reason = null;
        roles = new LinkedHashSet<>(account.roles());
        assignedUnit = account.unitCode();
    }

    public void approve(AccountView account) {
        administration.approve(account.id(), account.version());
        done("admin_accounts.approved");
    }

    public void reject() {
        administration.reject(selected.id(), selected.version(), reason);
        done("admin_accounts.rejected");
    }

    public void disable() {
        administration.disable(selected.id(), selected.version(), reason);
        done("admin_accounts.disabled");
    }

    public void enable(AccountView account) {
        administration.enable(account.id(), account.version());
        done("admin_accounts.enabledDone");
    }

    public void unlock(AccountView account) {
        administration.unlock(account.id());
        done("admin_accounts.unlocked");
    }

    public void assign() {
        administration.assign(
                selected.id(), selected.version(), roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles), assignedUnit);
        done("admin_accounts.assigned");
    }

    public void create() {
        administration.createStaff(new StaffForm(
                newUsername,
                newDisplayName,
                newEmail,
                newUnit,
                newRoles.isEmpty() ? Set.of() : EnumSet.copyOf(newRoles),
                newPassword));
        newUsername = newDisplayName = newEmail = newUnit = newPassword = null;
        newRoles = new LinkedHashSet<>();
        done("admin_accounts.created");
    }

    private void done(String key) {
        selected = null;
        Messages.addGlobalInfo(Texts.text(key));
    }

    public List<OrgUnit> getUnits() {
        if (units == null) {
            units = administration.units();
        }
        return units;
    }

    public Role[] getAllRoles() {
        return Role.values();
    }

    public AccountStatus[] getStatuses() {
        return AccountStatus.values();
    }

    public LazyDataModel<AccountView> getAccounts() {
        return accounts;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public void setUnitCode(String unitCode) {
        this.unitCode = unitCode;
    }

    public AccountStatus getStatus() {
        return status;
    }

    public void setStatus(AccountStatus status) {
        this.status = status;
    }

    public AccountView getSelected() {
        return selected;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public void setRoles(Set<Role> roles) {
        this.roles = roles;
    }

    public String getAssignedUnit() {
        return assignedUnit;
    }

    public void setAssignedUnit(String assignedUnit) {
        this.assignedUnit = assignedUnit;
    }

    public String getNewUsername() {
        return newUsername;
    }

    public void setNewUsername(String newUsername) {
        this.newUsername = newUsername;
    }

    public String getNewDisplayName() {
        return newDisplayName;
    }

    public void setNewDisplayName(String newDisplayName) {
        this.newDisplayName = newDisplayName;
    }

    public String getNewEmail() {
        return newEmail;
    }

    public void setNewEmail(String newEmail) {
        this.newEmail = newEmail;
    }

    public String getNewUnit() {
        return newUnit;
    }

    public void setNewUnit(String newUnit) {
        this.newUnit = newUnit;
    }

    public Set<Role> getNewRoles() {
        return newRoles;
    }

    public void setNewRoles(Set<Role> newRoles) {
        this.newRoles = newRoles;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }
}
