package ir.portal.accounts.domain;

import ir.portal.identifiers.MobileNumber;
import ir.portal.identifiers.NationalId;
import ir.portal.platform.domain.BaseEntity;
import ir.portal.platform.security.Role;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A person who signs in: a citizen, or a member of staff bound to a unit. The password is kept only as a
 * PBKDF2 hash.
 */
@Entity
@Table(name = "account")
@NamedQuery(name = Account.BY_USERNAME, query = "SELECT a FROM Account a WHERE a.username = :username")
public class Account extends BaseEntity {

    public static final String BY_USERNAME = "Account.byUsername";

    @Column(nullable = false, unique = true, length = 100)
    private String username;

    @Column(name = "password_hash", nullable = false, length = 400)
    private String passwordHash;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(length = 320)
    private String email;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "unit_id")
    private OrgUnit unit;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role", nullable = false, length = 40)
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(nullable = false, length = 20)
    @Enumerated(EnumType.STRING)
    private AccountStatus status;

    /** Why the admin rejected or disabled the account, as the person is told. */
    @Column(name = "status_reason", length = 1000)
    private String statusReason;

    /** A citizen's national ID: their requests are filed under it. Staff accounts may have none. */
    @Column(name = "national_id", length = 10, unique = true)
    private String nationalId;

    @Column(length = 11)
    private String mobile;

    /** A password the admin gave must be changed at the first sign-in. */
    @Column(name = "password_change_due", nullable = false)
    private boolean passwordChangeDue;

    /** The shared secret of the authenticator app (RFC 6238), Base32; none until the person enrols. */
    @Column(name = "totp_secret", length = 64)
    private String totpSecret;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "account_recovery_code", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "code_hash", nullable = false, length = 64)
    private Set<String> recoveryCodeHashes = new HashSet<>();

    /** Sessions started before this moment have ended (the account was disabled or its password changed). */
    @Column(name = "sessions_ended_at")
    private Instant sessionsEndedAt;

    /** The language the person reads the portal and their mail in: {@code fa} or {@code en}. */
    @Column(name = "language", nullable = false, length = 5)
    private String language = "fa";

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Account() {}

    public Account(
            String username,
            String passwordHash,
            String displayName,
            String email,
            OrgUnit unit,
            Set<Role> roles,
            Instant createdAt) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.email = email;
        this.unit = unit;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.status = AccountStatus.ACTIVE;
        this.createdAt = createdAt;
    }

    /** A citizen who registered: their mail address waits for its link, then the account for the admin. */
    public static Account registered(
            NationalId nationalId,
            String passwordHash,
            String displayName,
            String email,
            MobileNumber mobile,
            String language,
            Instant at) {
        Account account =
                new Account(nationalId.value(), passwordHash, displayName, email, null, EnumSet.of(Role.CITIZEN), at);
        account.status = AccountStatus.UNCONFIRMED;
        account.nationalId = nationalId.value();
        account.mobile = mobile == null ? null : mobile.value();
        account.speak(language);
        return account;
    }

    /** Whether the given password is this account's, as judged by the hash (whatever the status). */
    public boolean hasPassword(char[] password, PasswordCheck check) {
        return check.matches(password, passwordHash);
    }

    public boolean isActive() {
        return status == AccountStatus.ACTIVE;
    }

    /** The link in the registration mail was followed: the account now waits for the admin. */
    public void confirmMail() {
        if (status == AccountStatus.UNCONFIRMED) {
            status = AccountStatus.PENDING;
        }
    }

    /** The national ID of a citizen whose account was made before registration asked for it (the demo's). */
    public void identify(NationalId id) {
        this.nationalId = id.value();
    }

    /** A confirmed mail address replaces the old one (a change of address from the profile page). */
    public void changeEmail(String confirmedEmail) {
        this.email = confirmedEmail;
    }

    public void changeMobile(MobileNumber newMobile) {
        this.mobile = newMobile == null ? null : newMobile.value();
    }

    public void approve() {
        status = AccountStatus.ACTIVE;
        statusReason = null;
    }

    public void reject(String reason) {
        status = AccountStatus.REJECTED;
        statusReason = reason;
    }

    /** Turns the account off; its sessions end at once. */
    public void disable(String reason, Instant at) {
        status = AccountStatus.DISABLED;
        statusReason = reason;
        sessionsEndedAt = at;
    }

    public void enable() {
        status = AccountStatus.ACTIVE;
        statusReason = null;
    }

    /** A new password; other sessions end, and one the admin set must be changed at the next sign-in. */
    public void changePassword(String newHash, boolean setByAdmin, Instant at) {
        this.passwordHash = newHash;
        this.passwordChangeDue = setByAdmin;
        this.sessionsEndedAt = at;
    }

    public void assign(Set<Role> newRoles, OrgUnit newUnit) {
        this.roles = newRoles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(newRoles);
        this.unit = newUnit;
    }

    /** Enrols the authenticator app and keeps the hashes of the one-time recovery codes. */
    public void enrolSecondFactor(String secret, Set<String> codeHashes) {
        this.totpSecret = secret;
        this.recoveryCodeHashes = new HashSet<>(codeHashes);
    }

    /** Uses up one recovery code: true when it was one of them. */
    public boolean useRecoveryCode(String codeHash) {
        return recoveryCodeHashes.remove(codeHash);
    }

    public int recoveryCodesLeft() {
        return recoveryCodeHashes.size();
    }

    /** Whether sign-in asks for an authenticator code: always for staff, for a citizen who turned it on. */
    public boolean needsSecondFactor() {
        return totpSecret != null || isStaff();
    }

    public boolean isStaff() {
        return roles.stream().anyMatch(Role::isStaff);
    }

    public String getTotpSecret() {
        return totpSecret;
    }

    public AccountStatus getStatus() {
        return status;
    }

    public String getStatusReason() {
        return statusReason;
    }

    public String getNationalId() {
        return nationalId;
    }

    public String getMobile() {
        return mobile;
    }

    public boolean isPasswordChangeDue() {
        return passwordChangeDue;
    }

    public Instant getSessionsEndedAt() {
        return sessionsEndedAt;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    public OrgUnit getUnit() {
        return unit;
    }

    public Set<Role> getRoles() {
        return Collections.unmodifiableSet(roles);
    }

    public Set<String> roleNames() {
        return roles.stream().map(Role::roleName).collect(Collectors.toUnmodifiableSet());
    }

    public String getLanguage() {
        return language;
    }

    /** Keeps the language the person chose, for their next visit and their mail. */
    public void speak(String newLanguage) {
        this.language = "en".equals(newLanguage) ? "en" : "fa";
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /** How a stored hash is compared with a typed password; kept out of the entity so it stays plain Java. */
    @FunctionalInterface
    public interface PasswordCheck {
        boolean matches(char[] password, String storedHash);
    }
}
