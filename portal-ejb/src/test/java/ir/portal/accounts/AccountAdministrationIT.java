package ir.portal.accounts;

import static ir.portal.Thrown.causedBy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.portal.accounts.application.AccountAdministration;
import ir.portal.accounts.application.AccountSessions;
import ir.portal.accounts.application.SignIn;
import ir.portal.accounts.application.SignInResult;
import ir.portal.accounts.application.SignInResult.Outcome;
import ir.portal.accounts.application.StaffForm;
import ir.portal.accounts.domain.Account;
import ir.portal.catalog.AsManager;
import ir.portal.platform.audit.AuditLog;
import ir.portal.platform.errors.Refused;
import ir.portal.platform.security.RequestOrigin;
import ir.portal.platform.security.Role;
import ir.portal.platform.time.PortalClock;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The admin's actions on accounts: disabling ends the account's sessions and its sign-in, roles and unit are
 * assigned with their before and after in the audit log, and a unit manager may not grant roles.
 */
@ExtendWith(ArquillianExtension.class)
class AccountAdministrationIT {

    @Inject
    SignIn signIn;

    @Inject
    AccountAdministration administration;

    @Inject
    AccountSessions sessions;

    @Inject
    AuditLog audit;

    @Inject
    AsAdmin asAdmin;

    @Inject
    AsManager asManager;

    @Inject
    RequestOrigin origin;

    @Inject
    PortalClock clock;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aDisabledAccountsSessionEndsAndItCannotSignInEvenWithTheRightPassword() throws Exception {
        from("10.8.0." + (int) (Math.random() * 250));
        String username = "staff" + Long.toString(System.nanoTime(), 36);
        long id = asAdmin.call(() -> administration.createStaff(
                new StaffForm(username, "کارمند تازه", null, "QOM-1", Set.of(Role.EDITOR), "first-Password-7")));
        Instant signedInAt = clock.instant();
        assertTrue(sessions.state(username).allows(signedInAt));

        clock.advance(Duration.ofSeconds(5));
        asAdmin.call(() -> {
            administration.disable(id, version(id), "left the organisation");
            return null;
        });
        assertFalse(sessions.state(username).allows(signedInAt), "the session that was open ends");
        SignInResult result = signIn.password(username, "first-Password-7".toCharArray());
        assertEquals(Outcome.DISABLED, result.outcome(), "told why, after the right password");
        assertEquals(
                Outcome.WRONG,
                signIn.password(username, "wrong-Password-7".toCharArray()).outcome(),
                "a wrong password says nothing about the account");
        assertTrue(audit.count("Account:" + id) >= 2, "created and disabled are in the audit log");
    }

    @Test
    void aUnitManagerCannotGrantRoles() throws Exception {
        long id = id("editor");
        Exception refused = assertThrows(
                Exception.class,
                () -> asManager.call(() -> {
                    administration.assign(id, version(id), Set.of(Role.ADMIN), "HQ");
                    return null;
                }));
        assertTrue(causedBy(refused, Refused.class), refused.toString());
        assertEquals(Set.of(Role.EDITOR), em.find(Account.class, id).getRoles());
    }

    @Test
    void theAdminAssignsRolesAndUnitAndTheAuditLogKeepsBeforeAndAfter() throws Exception {
        String username = "staff" + Long.toString(System.nanoTime(), 36);
        long id = asAdmin.call(() -> administration.createStaff(
                new StaffForm(username, "کارمند تازه", null, "QOM-1", Set.of(Role.EDITOR), "first-Password-7")));
        long entries = audit.count("Account:" + id);
        asAdmin.call(() -> {
            administration.assign(id, version(id), Set.of(Role.EDITOR, Role.UNIT_MANAGER), "QOM-2");
            return null;
        });
        em.clear();
        Account account = em.find(Account.class, id);
        assertEquals(Set.of(Role.EDITOR, Role.UNIT_MANAGER), account.getRoles());
        assertEquals("QOM-2", account.getUnit().getCode());
        assertEquals(entries + 1, audit.count("Account:" + id));
        String changes = (String) em.createNativeQuery(
                        "SELECT changes FROM audit_entry WHERE subject = ?1 AND action = 'accounts.account.assigned'")
                .setParameter(1, "Account:" + id)
                .getSingleResult();
        assertTrue(changes.contains("QOM-1") && changes.contains("QOM-2"), changes);
        assertTrue(changes.contains("unit-manager"), changes);
    }

    private void from(String client) {
        origin.set(client, "fa");
    }

    private long id(String username) {
        return em.createQuery("SELECT a.id FROM Account a WHERE a.username = :u", Long.class)
                .setParameter("u", username)
                .getSingleResult();
    }

    private long version(long id) {
        em.clear();
        return em.find(Account.class, id).getVersion();
    }
}
