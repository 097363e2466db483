package ir.portal.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.portal.desk.application.DeskService;
import ir.portal.desk.application.DeskSubmission;
import ir.portal.desk.application.Receipt;
import ir.portal.desk.domain.DeskRepository;
import ir.portal.platform.audit.AuditLog;
import ir.portal.platform.security.RequestOrigin;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A domain event's outbox mail and audit entry are written by observers inside the business transaction: both
 * exist once it commits, neither when it rolls back; observers outside it hear of the commit only.
 */
@ExtendWith(ArquillianExtension.class)
class DomainEventsIT {

    @Inject
    DeskSubmission submission;
    /** Where the calls come from, as the web layer sets it for each request. */
    @Inject
    RequestOrigin origin;

    @Inject
    DeskService desk;

    @Inject
    DeskRepository repository;

    @Inject
    AsApplicant asCitizen;

    @Inject
    AsClerk asClerk;

    @Inject
    AuditLog audit;

    @Inject
    CommittedMessages committed;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Resource
    UserTransaction transaction;

    @Test
    void aMessagesMailAndAuditEntryCommitWithIt() throws Exception {
        Receipt receipt = submitted();
        long mails = mailsAbout(receipt);
        long entries = audit.count("ServiceRequest:" + receipt.requestId());

        transaction.begin();
        asClerk.call(() -> {
            desk.message(receipt.requestId(), "لطفاً اصل قبض را بیاورید.", null);
            return null;
        });
        transaction.commit();

        assertEquals(mails + 1, mailsAbout(receipt), "the citizen's mail is in the outbox");
        assertEquals(entries + 1, audit.count("ServiceRequest:" + receipt.requestId()), "the audit log has it");
        assertTrue(committed.seen(receipt.requestId()), "an after-commit observer hears of it");
    }

    @Test
    void aRolledBackMessageLeavesNeitherMailNorAuditEntry() throws Exception {
        Receipt receipt = submitted();
        long mails = mailsAbout(receipt);
        long entries = audit.count("ServiceRequest:" + receipt.requestId());

        transaction.begin();
        asClerk.call(() -> {
            desk.message(receipt.requestId(), "این پیام فرستاده نمی‌شود.", null);
            return null;
        });
        transaction.rollback();

        assertEquals(mails, mailsAbout(receipt), "no mail is queued for a change that did not happen");
        assertEquals(entries, audit.count("ServiceRequest:" + receipt.requestId()), "nor is it audited");
        assertFalse(committed.seen(receipt.requestId()), "nor do after-commit observers hear of it");
    }

    @Test
    void aSubmissionIsAuditedWithItsClientAddress() throws Exception {
        Receipt receipt = submitted();
        assertEquals(
                "desk.request.submitted",
                em.createQuery(
                                "SELECT a.action FROM AuditEntry a " + "WHERE a.subject = :s AND a.client = :c",
                                String.class)
                        .setParameter("s", "ServiceRequest:" + receipt.requestId())
                        .setParameter("c", "203.0.113.9")
                        .getSingleResult());
    }

    private Receipt submitted() throws Exception {
        long service =
                repository.serviceCardTitled("اصلاح سرویس انشعاب").orElseThrow().getId();
        origin.set("203.0.113.9", "fa");
        return asCitizen.call(
                () -> submission.submit(DeskSamples.branchCorrection(service), DeskSamples.identityDocument()));
    }

    private long mailsAbout(Receipt receipt) {
        return em.createQuery("SELECT COUNT(m) FROM OutboxMail m WHERE m.subject LIKE :code", Long.class)
                .setParameter("code", "%" + receipt.groupedCode() + "%")
                .getSingleResult();
    }
}
