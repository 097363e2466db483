package ir.portal.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.portal.accounts.application.AccountAdministration;
import ir.portal.accounts.application.AccountSessions;
import ir.portal.accounts.application.PasswordHasher;
import ir.portal.accounts.application.SecondFactor;
import ir.portal.accounts.application.SignIn;
import ir.portal.accounts.application.SignInResult;
import ir.portal.accounts.application.SignInResult.Outcome;
import ir.portal.accounts.application.StaffForm;
import ir.portal.demo.DemoData;
import ir.portal.platform.audit.AuditLog;
import ir.portal.platform.security.RequestOrigin;
import ir.portal.platform.security.Role;
import ir.portal.platform.time.PortalClock;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Sign-in against guessing and enumeration: counted password checks, the doubling delay and the lock per client,
 * the admin's unlock, and the second factor of staff. Each test signs in from addresses of its own, so the tests
 * share no count.
 */
@ExtendWith(ArquillianExtension.class)
class SignInGuardIT {

    @Inject
    SignIn signIn;

    @Inject
    PasswordHasher hasher;

    @Inject
    SecondFactor secondFactor;

    @Inject
    AccountAdministration administration;

    @Inject
    AccountSessions sessions;

    @Inject
    AuditLog audit;

    @Inject
    AsAdmin asAdmin;

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
    void aNameWithoutAnAccountCostsOnePasswordCheckAsAWrongPasswordDoesAndGetsTheSameAnswer() {
        from(newClient());
        long before = hasher.checks();
        SignInResult unknown = signIn.password("nobody-" + UUID.randomUUID(), "whatever1".toCharArray());
        long afterUnknown = hasher.checks();
        SignInResult wrong = signIn.password("citizen", "not-the-password".toCharArray());
        long afterWrong = hasher.checks();

        assertEquals(1, afterUnknown - before, "one hash for a name without an account");
        assertEquals(1, afterWrong - afterUnknown, "one hash for a wrong password");
        assertEquals(Outcome.WRONG, unknown.outcome());
        assertEquals(unknown, wrong, "the same answer");
    }

    @Test
    void afterFiveFailuresEachTryWaitsForADoublingDelayWithoutAPasswordCheck() {
        from(newClient());
        for (int i = 1; i <= 4; i++) {
            assertEquals(new SignInResult(Outcome.WRONG, null, 0, null), wrongPassword("citizen2"), "failure " + i);
        }
        SignInResult fifth = wrongPassword("citizen2");
        assertEquals(Outcome.WRONG, fifth.outcome());
        assertEquals(1, fifth.seconds(), "after the fifth failure: wait a second");

        long checks = hasher.checks();
        SignInResult tooSoon = signIn.password("citizen2", DemoData.DEMO_PASSWORD.toCharArray());
        assertEquals(Outcome.WAIT, tooSoon.outcome(), "even the right password waits");
        assertEquals(checks, hasher.checks(), "no password was checked");

        clock.advance(Duration.ofSeconds(1));
        assertEquals(2, wrongPassword("citizen2").seconds(), "then two seconds");
        clock.advance(Duration.ofSeconds(2));
        assertEquals(4, wrongPassword("citizen2").seconds(), "then four");
        clock.advance(Duration.ofSeconds(4));
        assertEquals(
                Outcome.SIGNED_IN,
                signIn.password("citizen2", DemoData.DEMO_PASSWORD.toCharArray())
                        .outcome());
        assertEquals(Outcome.WRONG, wrongPassword("citizen2").outcome());
        assertEquals(0, wrongPassword("citizen2").seconds(), "the right password started the count again");
    }

    @Test
    void afterTenFailuresTheNameIsLockedForThatClientOnlyUntilTheAdminUnlocksIt() throws Exception {
        String attacker = newClient();
        from(attacker);
        for (int i = 1; i <= 10; i++) {
            wrongPassword("citizen");
            if (i < 10) {
                clock.advance(Duration.ofMinutes(1));
            }
        }
        SignInResult locked = signIn.password("citizen", DemoData.DEMO_PASSWORD.toCharArray());
        assertEquals(Outcome.LOCKED, locked.outcome());
        assertTrue(locked.seconds() > 14 * 60 && locked.seconds() <= 15 * 60, locked.toString());

        String unknown = "nobody-" + UUID.randomUUID();
        for (int i = 1; i <= 10; i++) {
            signIn.password(unknown, "whatever1".toCharArray());
            clock.advance(Duration.ofMinutes(1));
        }
        clock.advance(Duration.ofMinutes(-1));
        assertEquals(
                Outcome.LOCKED,
                signIn.password(unknown, "whatever1".toCharArray()).outcome(),
                "a name without an account locks the same way");

        from(newClient());
        assertEquals(
                Outcome.SIGNED_IN,
                signIn.password("citizen", DemoData.DEMO_PASSWORD.toCharArray()).outcome(),
                "the owner still signs in from another client");

        long citizenId = id("citizen");
        assertTrue(asAdmin.call(() -> administration.unlock(citizenId)) >= 1);
        from(attacker);
        assertEquals(
                Outcome.SIGNED_IN,
                signIn.password("citizen", DemoData.DEMO_PASSWORD.toCharArray()).outcome());
        assertTrue(audit.count("Account:" + citizenId) >= 1, "the unlock is in the audit log");
    }

    @Test
    void oneClientGetsAtMostThirtyPasswordChecksAMinuteWhateverTheNames() {
        from(newClient());
        for (int i = 1; i <= 30; i++) {
            assertEquals(
                    Outcome.WRONG,
                    signIn.password("flood-" + UUID.randomUUID(), "whatever1".toCharArray())
                            .outcome());
        }
        long checks = hasher.checks();
        SignInResult refused = signIn.password("citizen", DemoData.DEMO_PASSWORD.toCharArray());
        assertEquals(Outcome.WAIT, refused.outcome(), "the 31st in a minute waits");
        assertTrue(refused.seconds() >= 1 && refused.seconds() <= 60, refused.toString());
        assertEquals(checks, hasher.checks(), "without a password check");

        from(newClient());
        assertEquals(
                Outcome.SIGNED_IN,
                signIn.password("citizen", DemoData.DEMO_PASSWORD.toCharArray()).outcome(),
                "another client is not held up");
    }

    @Test
    void staffGiveAnAuthenticatorCodeAfterThePassword() {
        from(newClient());
        SignInResult password = signIn.password("officer", DemoData.DEMO_PASSWORD.toCharArray());
        assertEquals(Outcome.SECOND_FACTOR, password.outcome());
        assertEquals("officer", password.username());

        assertEquals(Outcome.WRONG, signIn.code("officer", "000000").outcome());
        String code = secondFactor.currentCode(DemoData.DEMO_TOTP_SECRET);
        assertEquals(Outcome.SIGNED_IN, signIn.code("officer", code).outcome());

        assertEquals(
                Outcome.SIGNED_IN,
                signIn.password("citizen", DemoData.DEMO_PASSWORD.toCharArray()).outcome(),
                "a citizen without an app signs in with the password");
    }

    @Test
    void aNewStaffAccountChangesItsFirstPasswordAndEnrolsItsAppWithRecoveryCodes() throws Exception {
        from(newClient());
        String username = "staff" + Long.toString(System.nanoTime(), 36);
        long id = asAdmin.call(() -> administration.createStaff(
                new StaffForm(username, "کارمند تازه", null, "QOM-1", Set.of(Role.CASE_OFFICER), "first-Password-7")));
        assertTrue(sessions.state(username).passwordChangeDue(), "the first password must be changed");
        assertTrue(audit.count("Account:" + id) >= 1, "the creation is in the audit log");

        SignInResult password = signIn.password(username, "first-Password-7".toCharArray());
        assertEquals(Outcome.ENROL_SECOND_FACTOR, password.outcome(), "staff enrol an app first");

        String secret = secondFactor.newSecret();
        assertEquals(Outcome.WRONG, signIn.enrol(username, secret, "123456").outcome());
        SignInResult enrolled = signIn.enrol(username, secret, secondFactor.currentCode(secret));
        assertEquals(Outcome.SIGNED_IN, enrolled.outcome());
        assertEquals(10, enrolled.recoveryCodes().size());

        assertEquals(
                Outcome.SECOND_FACTOR,
                signIn.password(username, "first-Password-7".toCharArray()).outcome());
        String recovery = enrolled.recoveryCodes().get(0);
        assertEquals(Outcome.SIGNED_IN, signIn.code(username, recovery).outcome(), "a recovery code signs in");
        assertEquals(Outcome.WRONG, signIn.code(username, recovery).outcome(), "once");
    }

    private SignInResult wrongPassword(String username) {
        return signIn.password(username, "wrong-Password-1".toCharArray());
    }

    private void from(String client) {
        origin.set(client, "fa");
    }

    private static String newClient() {
        return "10." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250) + "."
                + (int) (Math.random() * 250);
    }

    private long id(String username) {
        return em.createQuery("SELECT a.id FROM Account a WHERE a.username = :u", Long.class)
                .setParameter("u", username)
                .getSingleResult();
    }
}
