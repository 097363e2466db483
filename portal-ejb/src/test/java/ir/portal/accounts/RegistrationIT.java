package ir.portal.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.portal.accounts.application.AccountAdministration;
import ir.portal.accounts.application.Registration;
import ir.portal.accounts.application.RegistrationForm;
import ir.portal.accounts.application.SignIn;
import ir.portal.accounts.application.SignInResult;
import ir.portal.accounts.application.SignInResult.Outcome;
import ir.portal.accounts.domain.Account;
import ir.portal.accounts.domain.AccountStatus;
import ir.portal.platform.audit.AuditLog;
import ir.portal.platform.errors.InvalidInput;
import ir.portal.platform.security.RequestOrigin;
import ir.portal.platform.time.PortalClock;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A citizen from nothing to a signed-in account: registration, the mail link, the admin's decision, told by mail
 * at each step in their language; the refusals before that; a second registration of the same national ID; and
 * a new password by a link that works once and for thirty minutes.
 */
@ExtendWith(ArquillianExtension.class)
class RegistrationIT {

    private static final String PASSWORD = "Golabi-Sabz-1402";

    private Mailbox mailbox;

    @Inject
    Registration registration;

    @Inject
    SignIn signIn;

    @Inject
    AccountAdministration administration;

    @Inject
    AsAdmin asAdmin;

    @Inject
    AuditLog audit;

    @Inject
    RequestOrigin origin;

    @Inject
    PortalClock clock;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    /** In the container, where the test methods run (a static @BeforeAll would run in the client's JVM). */
    @BeforeEach
    void startMailAndComeFromANewClient() {
        mailbox = new Mailbox();
        origin.set("10.9." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250), "fa");
    }

    @AfterEach
    void stopMailAndResetClock() {
        mailbox.close();
        clock.reset();
    }

    @Test
    void aCitizenRegistersConfirmsIsApprovedAndSignsIn() throws Exception {
        String nationalId = Mailbox.newNationalId();
        String email = "new-" + UUID.randomUUID() + "@example.org";
        registration.register(new RegistrationForm(nationalId, "نرگس امیری", "09121234567", email, PASSWORD, "fa"));

        assertEquals(Outcome.UNCONFIRMED, signIn(nationalId).outcome(), "the mail is not confirmed yet");
        assertEquals(
                Outcome.WRONG,
                signIn.password(nationalId, "Wrong-Password-9".toCharArray()).outcome());

        MimeMessage confirmation = mailbox.await(email, 1).get(0);
        assertEquals("نشانی رایانامه خود را در پرتال تأیید کنید", Mailbox.subject(confirmation));
        String token = Mailbox.token(confirmation);
        assertTrue(registration.confirm(token));
        assertFalse(registration.confirm(token), "the link works once");
        assertEquals(Outcome.PENDING, signIn(nationalId).outcome(), "waits for the admin");

        Account account = account(nationalId);
        assertEquals(AccountStatus.PENDING, account.getStatus());
        asAdmin.call(() -> {
            administration.approve(account.getId(), account.getVersion());
            return null;
        });
        List<MimeMessage> mails = mailbox.await(email, 2);
        assertTrue(mails.stream().anyMatch(m -> Mailbox.subject(m).equals("حساب شما در پرتال تأیید شد")));
        assertEquals(Outcome.SIGNED_IN, signIn(nationalId).outcome());
        assertEquals(
                Outcome.SIGNED_IN,
                signIn.password(persianDigits(nationalId), PASSWORD.toCharArray())
                        .outcome(),
                "the national ID in Persian digits is the same name");
        assertTrue(audit.count("Account:" + account.getId()) >= 3, "registered, confirmed, approved");
    }

    @Test
    void aRejectedCitizenIsToldWhyOnlyAfterTheRightPasswordAndByMailInEnglish() throws Exception {
        String nationalId = Mailbox.newNationalId();
        String email = "rejected-" + UUID.randomUUID() + "@example.org";
        registration.register(new RegistrationForm(nationalId, "Sara Amini", null, email, PASSWORD, "en"));
        MimeMessage confirmation = mailbox.await(email, 1).get(0);
        assertEquals("Confirm your mail address at the portal", Mailbox.subject(confirmation));
        registration.confirm(Mailbox.token(confirmation));

        Account account = account(nationalId);
        asAdmin.call(() -> {
            administration.reject(account.getId(), account.getVersion(), "The national ID does not match the name.");
            return null;
        });
        SignInResult refused = signIn(nationalId);
        assertEquals(Outcome.REJECTED, refused.outcome());
        assertEquals("The national ID does not match the name.", refused.reason());
        assertEquals(
                Outcome.WRONG,
                signIn.password(nationalId, "Wrong-Password-9".toCharArray()).outcome());
        MimeMessage rejection = mailbox.await(email, 2).stream()
                .filter(m -> Mailbox.subject(m).equals("Your portal registration was not accepted"))
                .findFirst()
                .orElseThrow();
        assertTrue(Mailbox.body(rejection).contains("does not match the name"), Mailbox.body(rejection));
    }

    @Test
    void aSecondRegistrationOfTheSameNationalIdGetsTheSameAnswerAndTheOwnerIsTold() throws Exception {
        String nationalId = Mailbox.newNationalId();
        String owner = "owner-" + UUID.randomUUID() + "@example.org";
        String other = "other-" + UUID.randomUUID() + "@example.org";
        registration.register(new RegistrationForm(nationalId, "مالک حساب", null, owner, PASSWORD, "fa"));
        registration.register(new RegistrationForm(nationalId, "دیگری", null, other, "Another-Pass-77", "fa"));

        assertEquals(
                1L,
                em.createQuery("SELECT COUNT(a) FROM Account a WHERE a.nationalId = :n", Long.class)
                        .setParameter("n", nationalId)
                        .getSingleResult());
        List<MimeMessage> toOwner = mailbox.await(owner, 2);
        assertTrue(toOwner.stream().anyMatch(m -> Mailbox.subject(m).equals("کسی با کد ملی شما در پرتال ثبت‌نام کرد")));
        Thread.sleep(1500);
        assertEquals(0, mailbox.to(other).size(), "nothing goes to the second address");
    }

    @Test
    void aRegistrationWithACommonOrShortPasswordOrABadNationalIdIsRefusedFieldByField() {
        InvalidInput refused = assertThrows(
                InvalidInput.class,
                () -> registration.register(
                        new RegistrationForm("1234567890", "", "0912", "not-mail", "password1", "fa")));
        assertEquals("desk.national-id.invalid", refused.problems().get("nationalId"));
        assertEquals("platform.required", refused.problems().get("displayName"));
        assertEquals("desk.mobile.invalid", refused.problems().get("mobile"));
        assertEquals("desk.email.invalid", refused.problems().get("email"));
        assertEquals("accounts.password.common", refused.problems().get("password"));

        InvalidInput tooShort = assertThrows(
                InvalidInput.class,
                () -> registration.register(
                        new RegistrationForm(Mailbox.newNationalId(), "نام", null, "a@example.org", "k7#Qz", "fa")));
        assertEquals("accounts.password.short", tooShort.problems().get("password"));
        String sixtyFour = "Zb7-".repeat(16);
        InvalidInput longOne = assertThrows(
                InvalidInput.class,
                () -> registration.register(new RegistrationForm("", "نام", null, "a@example.org", sixtyFour, "fa")));
        assertFalse(longOne.problems().containsKey("password"), "64 characters are fine");
    }

    @Test
    void aResetLinkWorksOnceAndOnlyForThirtyMinutes() throws Exception {
        String nationalId = Mailbox.newNationalId();
        String email = "reset-" + UUID.randomUUID() + "@example.org";
        approvedCitizen(nationalId, email);

        registration.requestReset(nationalId);
        MimeMessage reset = mailbox.await(email, 3).get(2);
        String token = Mailbox.token(reset);
        assertTrue(registration.resetPassword(token, "Tazeh-Ramz-1403"));
        assertFalse(registration.resetPassword(token, "Digar-Ramz-1404"), "once");
        assertEquals(
                Outcome.SIGNED_IN,
                signIn.password(nationalId, "Tazeh-Ramz-1403".toCharArray()).outcome());
        assertEquals(
                Outcome.WRONG,
                signIn.password(nationalId, PASSWORD.toCharArray()).outcome());

        registration.requestReset(email);
        String late = Mailbox.token(mailbox.await(email, 4).get(3));
        clock.advance(Duration.ofMinutes(31));
        assertFalse(registration.resetWorks(late), "expired after thirty minutes");
        assertFalse(registration.resetPassword(late, "Digar-Ramz-1404"));

        registration.requestReset("nobody-" + UUID.randomUUID());
        // the same answer for a name without an account: no exception, no mail to anyone of ours
    }

    private void approvedCitizen(String nationalId, String email) throws Exception {
        registration.register(new RegistrationForm(nationalId, "شهروند", null, email, PASSWORD, "fa"));
        registration.confirm(Mailbox.token(mailbox.await(email, 1).get(0)));
        Account account = account(nationalId);
        asAdmin.call(() -> {
            administration.approve(account.getId(), account.getVersion());
            return null;
        });
        mailbox.await(email, 2);
    }

    private SignInResult signIn(String nationalId) {
        return signIn.password(nationalId, PASSWORD.toCharArray());
    }

    private Account account(String nationalId) {
        em.clear();
        return em.createQuery("SELECT a FROM Account a WHERE a.nationalId = :n", Account.class)
                .setParameter("n", nationalId)
                .getSingleResult();
    }

    private static String persianDigits(String latin) {
        StringBuilder persian = new StringBuilder();
        latin.chars().forEach(c -> persian.append((char) ('۰' + (c - '0'))));
        return persian.toString();
    }
}
