package ir.portal.accounts.domain;

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

    @Column(nullable = false)
    private boolean enabled;

    /** The language the person reads the portal and their mail in: {@code fa} or {@code en}. */
    @Column(name = "language", nullable = false, length = 5)
    private String language = "fa";

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

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
        this.enabled = true;
        this.createdAt = createdAt;
    }

    /** Whether this account may sign in with the given password, as judged by the hash. */
    public boolean acceptsPassword(char[] password, PasswordCheck check) {
        return enabled && check.matches(password, passwordHash);
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

    public boolean isEnabled() {
        return enabled;
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
