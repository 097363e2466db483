package ir.portal.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.portal.desk.application.DeskQueries;
import ir.portal.desk.application.DeskService;
import ir.portal.desk.application.DeskSubmission;
import ir.portal.desk.application.HistoryLine;
import ir.portal.desk.application.Receipt;
import ir.portal.desk.application.RequestView;
import ir.portal.desk.domain.DeskRepository;
import ir.portal.desk.domain.Outcome;
import ir.portal.desk.domain.RequestEventKind;
import ir.portal.desk.domain.TransitionInput;
import ir.portal.identifiers.BillId;
import ir.portal.identifiers.PaymentId;
import ir.portal.identifiers.TrackingCode;
import ir.portal.platform.errors.InvalidInput;
import ir.portal.platform.errors.NotFound;
import ir.portal.platform.errors.Refused;
import ir.portal.platform.files.Upload;
import ir.portal.platform.security.RequestOrigin;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The seeded branch-correction workflow of seeds/002, walked through the services as the people involved. */
@ExtendWith(ArquillianExtension.class)
class DeskWorkflowIT {

    @Inject
    DeskSubmission submission;
    /** Where the calls come from, as the web layer sets it for each request. */
    @Inject
    RequestOrigin origin;

    @Inject
    DeskService desk;

    @Inject
    DeskQueries queries;

    @Inject
    DeskRepository repository;

    @Inject
    AsApplicant asCitizen;

    @Inject
    AsOtherCitizen asOtherCitizen;

    @Inject
    AsClerk asClerk;

    @Inject
    AsOfficer asOfficer;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    private long branchCorrection() {
        return repository.serviceCardTitled("اصلاح سرویس انشعاب").orElseThrow().getId();
    }

    private Receipt submit() throws Exception {
        return asCitizen.call(() ->
                submission.submit(DeskSamples.branchCorrection(branchCorrection()), DeskSamples.identityDocument()));
    }

    private void step(Object as, long id, String transition, TransitionInput input) throws Exception {
        Callable<Void> work = () -> {
            long version = queries.request(id).version();
            desk.move(id, version, transition, input, null);
            return null;
        };
        if (as instanceof AsClerk clerk) {
            clerk.call(work);
        } else if (as instanceof AsOfficer officer) {
            officer.call(work);
        } else {
            asCitizen.call(work);
        }
    }

    private RequestView view(long id) throws Exception {
        return asCitizen.call(() -> queries.request(id));
    }

    @Test
    void walksTheBranchCorrectionFromSubmissionToCompletion() throws Exception {
        Receipt receipt = submit();
        long id = receipt.requestId();
        assertTrue(TrackingCode.parse(receipt.trackingCode()).isPresent(), "the code passes its check digit");
        assertEquals(5, receipt.averageDays());
        assertTrue(receipt.dueOn().isAfter(LocalDate.now().plusDays(4)), "five working days ahead");
        assertEquals("office-review", stage(id));

        step(asClerk, id, "approve-form", TransitionInput.none());
        assertEquals("debt-settlement", stage(id));
        assertTrue(view(id).waitsOnCitizen(), "the clock stops while the debt is settled");
        step(asClerk, id, "debt-settled", TransitionInput.none());
        step(asClerk, id, "issue-code", TransitionInput.none());
        step(asClerk, id, "send-documents", TransitionInput.none());
        assertEquals("technical-review", stage(id));

        step(
                asOfficer,
                id,
                "announce-conditions",
                new TransitionInput("تعویض کابل سرویس؛ هزینه طبق تعرفه", null, 1_500_000L, null, false));
        RequestView conditions = view(id);
        assertEquals(1_500_000L, conditions.amountRials());
        BillId bill = BillId.parse(conditions.billId()).orElseThrow();
        PaymentId payment = PaymentId.parse(conditions.paymentId(), bill).orElseThrow();
        assertEquals(1_500_000L, payment.amountRials(), "the slip carries the amount");
        assertEquals(
                List.of("accept-conditions", "decline-conditions"),
                conditions.transitions().stream().map(t -> t.code()).toList(),
                "the citizen decides");

        step(asCitizen, id, "accept-conditions", TransitionInput.none());
        step(asOfficer, id, "confirm-payment", TransitionInput.trace("TRACE-884201"));
        LocalDate visit = LocalDate.now().plusDays(3);
        step(asOfficer, id, "announce-date", TransitionInput.date(visit));
        assertEquals(visit, view(id).visitOn());
        LocalDate done = LocalDate.now().plusDays(4);
        step(asOfficer, id, "complete", new TransitionInput("سرویس انشعاب اصلاح شد.", done, null, null, false));

        RequestView finished = view(id);
        assertEquals(Outcome.COMPLETED, finished.outcome());
        assertEquals(done, finished.workOn());
        assertEquals("TRACE-884201", finished.paidReference());
        assertEquals("سرویس انشعاب اصلاح شد.", finished.answer());
        List<HistoryLine> transitions = finished.history().stream()
                .filter(h -> h.kind() == RequestEventKind.TRANSITION)
                .toList();
        assertEquals(9, transitions.size(), "nine steps after the submission: the ten of seeds/002");
        assertTrue(transitions.stream().filter(HistoryLine::byStaff).allMatch(h -> h.unit() != null));

        assertTrue(finished.mayRate());
        asCitizen.call(() -> {
            desk.rate(id, 5, "سریع و بی‌دردسر");
            return null;
        });
        assertEquals(5, view(id).rating());
        assertThrows(
                Refused.class,
                () -> asCitizen.call(() -> {
                    desk.rate(id, 1, "again");
                    return null;
                }),
                "a request is rated once");

        long mails = em.createQuery("SELECT COUNT(m) FROM OutboxMail m WHERE m.recipient = :to", Long.class)
                .setParameter("to", "applicant@portal.example")
                .getSingleResult();
        assertTrue(mails >= 10, "a mail at submission and at each step: " + mails);
    }

    @Test
    void aDeclinedOfferIsArchived() throws Exception {
        long id = submit().requestId();
        step(asClerk, id, "approve-form", TransitionInput.none());
        step(asClerk, id, "debt-settled", TransitionInput.none());
        step(asClerk, id, "issue-code", TransitionInput.none());
        step(asClerk, id, "send-documents", TransitionInput.none());
        step(asOfficer, id, "announce-conditions", new TransitionInput("شرایط", null, 2_000_000L, null, false));
        step(asCitizen, id, "decline-conditions", TransitionInput.comment("هزینه زیاد است"));

        RequestView archived = view(id);
        assertEquals(Outcome.ARCHIVED, archived.outcome());
        assertEquals("archived", stage(id));
        assertTrue(archived.transitions().isEmpty());
        assertFalse(archived.mayRate(), "only completed requests are rated");
    }

    @Test
    void refusesATransitionByARoleNotAllowed() throws Exception {
        long id = submit().requestId();
        assertThrows(
                Refused.class,
                () -> step(asOfficer, id, "approve-form", TransitionInput.none()),
                "the office approves the form, not the case officer");
        assertThrows(Refused.class, () -> step(asCitizen, id, "approve-form", TransitionInput.none()));
        assertThrows(
                Refused.class,
                () -> step(asClerk, id, "accept-conditions", TransitionInput.none()),
                "not at that stage, and not the clerk's step");
        assertEquals("office-review", stage(id), "nothing moved");
    }

    @Test
    void aTransitionMissingWhatItNeedsIsRefusedFieldByField() throws Exception {
        long id = submit().requestId();
        for (String t : List.of("approve-form", "debt-settled", "issue-code", "send-documents")) {
            step(asClerk, id, t, TransitionInput.none());
        }
        InvalidInput refused = assertThrows(
                InvalidInput.class, () -> step(asOfficer, id, "announce-conditions", TransitionInput.none()));
        assertEquals(Map.of("comment", "platform.required", "amount", "platform.required"), refused.problems());
        assertEquals("technical-review", stage(id));
    }

    @Test
    void anotherCitizenCannotOpenTheRequestOrItsDocument() throws Exception {
        long id = submit().requestId();
        long document = repository.documents(id).get(0).getId();
        assertThrows(NotFound.class, () -> asOtherCitizen.call(() -> queries.request(id)));
        assertThrows(NotFound.class, () -> asOtherCitizen.call(() -> desk.download(document)));
        origin.set("203.0.113.7", "fa");
        assertEquals(
                "national-card.pdf",
                asCitizen.call(() -> desk.download(document)).fileName());
        assertTrue(
                asOfficer.call(() -> queries.request(id)).history().stream()
                        .anyMatch(h -> h.kind() == RequestEventKind.DOWNLOAD && "203.0.113.7".equals(h.client())),
                "the download is in the audit trail with the address");
    }

    @Test
    void anExecutableRenamedPdfIsRefused() throws Exception {
        InvalidInput refused = assertThrows(
                InvalidInput.class,
                () -> asCitizen.call(() -> submission.submit(
                        DeskSamples.branchCorrection(branchCorrection()),
                        List.of(new Upload("identity", "national-card.pdf", DeskSamples.executable())))));
        assertEquals("platform.file.type", refused.problems().get("document.identity"));
    }

    @Test
    void wrongIdentifiersAreNamedOneByOne() throws Exception {
        var form = DeskSamples.branchCorrection(branchCorrection());
        form.setNationalId("0499370898");
        form.setMobile("0912");
        form.setEmail("a@x.org,postmaster");
        form.getFields().put("bill", "1234567814123");
        InvalidInput refused = assertThrows(
                InvalidInput.class,
                () -> asCitizen.call(() -> submission.submit(form, DeskSamples.identityDocument())));
        assertEquals("desk.national-id.invalid", refused.problems().get("nationalId"));
        assertEquals("desk.mobile.invalid", refused.problems().get("mobile"));
        assertEquals("desk.email.invalid", refused.problems().get("email"), "one address, never two recipients");
        assertEquals("desk.bill-id.invalid", refused.problems().get("field.bill"));
    }

    @Test
    void theSameFormSentTwiceMakesOneRequest() throws Exception {
        var form = DeskSamples.branchCorrection(branchCorrection());
        Receipt first = asCitizen.call(() -> submission.submit(form, DeskSamples.identityDocument()));
        Receipt second = asCitizen.call(() -> submission.submit(form, DeskSamples.identityDocument()));
        assertEquals(first.requestId(), second.requestId());
        assertEquals(first.trackingCode(), second.trackingCode());
        assertEquals(
                1L,
                em.createQuery("SELECT COUNT(r) FROM ServiceRequest r WHERE r.form.token = :t", Long.class)
                        .setParameter("t", form.getFormToken())
                        .getSingleResult());
    }

    @Test
    void theCitizenSeesTheirRequestInTheirList() throws Exception {
        Receipt receipt = submit();
        var mine = asCitizen.call(() -> queries.mine(0, 100));
        assertTrue(mine.items().stream().anyMatch(r -> r.id() == receipt.requestId()));
        assertFalse(asOtherCitizen.call(() -> queries.mine(0, 100)).items().stream()
                .anyMatch(r -> r.id() == receipt.requestId()));
        assertNotNull(
                asClerk.call(() -> queries.queue(null, false, receipt.trackingCode(), null, 0, 10)).items().stream()
                        .filter(r -> r.id() == receipt.requestId())
                        .findFirst()
                        .orElse(null),
                "the clerk's queue has it, found by its code");
    }

    private String stage(long id) {
        em.getEntityManagerFactory().getCache().evictAll();
        return em.createQuery("SELECT r.position.stage FROM ServiceRequest r WHERE r.id = :id", String.class)
                .setParameter("id", id)
                .getSingleResult();
    }
}
