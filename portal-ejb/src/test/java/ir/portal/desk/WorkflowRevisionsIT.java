package ir.portal.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.portal.catalog.AsExpert;
import ir.portal.desk.application.DeskQueries;
import ir.portal.desk.application.DeskService;
import ir.portal.desk.application.DeskSubmission;
import ir.portal.desk.application.Receipt;
import ir.portal.desk.application.SubmissionForm;
import ir.portal.desk.application.WorkflowAdministration;
import ir.portal.desk.application.WorkflowAdministration.EditableWorkflow;
import ir.portal.desk.domain.DeskRepository;
import ir.portal.desk.domain.Outcome;
import ir.portal.desk.domain.TransitionInput;
import ir.portal.desk.domain.WorkflowDraft;
import ir.portal.desk.domain.WorkflowStage;
import ir.portal.platform.errors.ConcurrentEdit;
import ir.portal.platform.errors.InvalidInput;
import ir.portal.platform.errors.Refused;
import ir.portal.platform.files.Upload;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The second seeded service (a new branch) runs its own, different flow; the portal expert's edit is a new
 * revision that new requests start on while running ones keep theirs; a clerk submits for a citizen.
 */
@ExtendWith(ArquillianExtension.class)
class WorkflowRevisionsIT {

    @Inject
    DeskSubmission submission;

    @Inject
    DeskService desk;

    @Inject
    DeskQueries queries;

    @Inject
    WorkflowAdministration workflows;

    @Inject
    DeskRepository repository;

    @Inject
    AsApplicant asCitizen;

    @Inject
    AsClerk asClerk;

    @Inject
    AsOfficer asOfficer;

    @Inject
    AsExpert asExpert;

    private long newBranch() {
        return repository
                .serviceCardTitled("درخواست انشعاب جدید برق")
                .orElseThrow()
                .getId();
    }

    private SubmissionForm newBranchForm() {
        SubmissionForm form = new SubmissionForm();
        form.setServiceId(newBranch());
        form.setFormToken(UUID.randomUUID().toString());
        form.setNationalId(DeskSamples.NATIONAL_ID);
        form.setMobile("09121234567");
        form.getFields().put("address", "قم، خیابان معلم، کوچه ۱۲");
        form.getFields().put("postal-code", "3716913311");
        form.getFields().put("amperes", "۲۵");
        return form;
    }

    private Receipt submitNewBranch() throws Exception {
        return asCitizen.call(
                () -> submission.submit(newBranchForm(), List.of(new Upload("deed", "deed.png", DeskSamples.png()))));
    }

    private void move(Object as, long id, String transition, TransitionInput input) throws Exception {
        java.util.concurrent.Callable<Void> work = () -> {
            desk.move(id, queries.request(id).version(), transition, input, null);
            return null;
        };
        if (as instanceof AsOfficer officer) {
            officer.call(work);
        } else {
            asCitizen.call(work);
        }
    }

    @Test
    void theNewBranchFlowAsksTheApplicantPausesAndAnswers() throws Exception {
        long id = submitNewBranch().requestId();
        assertEquals(
                "25",
                asCitizen.call(() -> queries.request(id)).fields().stream()
                        .filter(f -> f.label().in("en").startsWith("Amperes"))
                        .findFirst()
                        .orElseThrow()
                        .value(),
                "Persian digits kept as Latin");
        move(asOfficer, id, "ask-applicant", TransitionInput.comment("نقشه‌ی محل را هم بفرستید."));
        assertTrue(asCitizen.call(() -> queries.request(id)).waitsOnCitizen());
        move(asCitizen, id, "reply", TransitionInput.comment("نقشه پیوست شد."));
        move(asOfficer, id, "answer", TransitionInput.comment("انشعاب ۲۵ آمپر تأیید شد."));
        var done = asCitizen.call(() -> queries.request(id));
        assertEquals(Outcome.COMPLETED, done.outcome());
        assertEquals("انشعاب ۲۵ آمپر تأیید شد.", done.answer());
    }

    @Test
    void aNewFormStartsFromTheDetailsOfTheCitizensLastRequest() throws Exception {
        submitNewBranch();
        var details = asCitizen.call(() -> queries.myDetails()).orElseThrow();
        assertEquals(DeskSamples.NATIONAL_ID, details.nationalId());
        assertEquals("09121234567", details.mobile());
        assertTrue(asClerk.call(() -> queries.myDetails()).isEmpty(), "a clerk's form is for someone else");
    }

    @Test
    void anEditIsANewRevisionThatOnlyNewRequestsStartOn() throws Exception {
        long before = submitNewBranch().requestId();
        EditableWorkflow current = asExpert.call(() -> workflows.edit(newBranch()));
        List<WorkflowStage> stages = new ArrayList<>(current.draft().stages());
        WorkflowStage review = stages.get(0).copy();
        String renamed = "بررسی کارشناسی " + UUID.randomUUID().toString().substring(0, 6);
        review.getName().setFa(renamed);
        stages.set(0, review);
        WorkflowDraft edited = new WorkflowDraft(
                current.draft().startStage(),
                stages,
                current.draft().transitions(),
                current.draft().fields(),
                current.draft().documents());

        int revision =
                asExpert.call(() -> workflows.revise(newBranch(), current.workflowId(), current.version(), edited));
        assertEquals(current.revision() + 1, revision);
        assertThrows(
                ConcurrentEdit.class,
                () -> asExpert.call(
                        () -> workflows.revise(newBranch(), current.workflowId(), current.version(), edited)),
                "a second save on the old revision is told");

        long after = submitNewBranch().requestId();
        assertNotEquals(
                renamed,
                asCitizen.call(() -> queries.request(before)).stage().in("fa"),
                "the running request keeps the revision it started on");
        assertEquals(
                renamed, asCitizen.call(() -> queries.request(after)).stage().in("fa"));
        move(asOfficer, before, "answer", TransitionInput.comment("پاسخ"));
        assertEquals(
                Outcome.COMPLETED, asCitizen.call(() -> queries.request(before)).outcome());
    }

    @Test
    void aDraftThatWouldStrandARequestIsRefused() throws Exception {
        EditableWorkflow current = asExpert.call(() -> workflows.edit(newBranch()));
        WorkflowDraft deadEnd = new WorkflowDraft(
                current.draft().startStage(),
                current.draft().stages(),
                List.of(),
                current.draft().fields(),
                current.draft().documents());
        InvalidInput refused = assertThrows(
                InvalidInput.class,
                () -> asExpert.call(
                        () -> workflows.revise(newBranch(), current.workflowId(), current.version(), deadEnd)));
        assertEquals("desk_workflow.stage.dead-end", refused.problems().get("review"));
        assertThrows(
                Refused.class,
                () -> asOfficer.call(() -> workflows.edit(newBranch())),
                "only the portal expert edits workflows");
    }

    @Test
    void theCounterOfficeAnswersForACitizenWithoutAnAccount() throws Exception {
        SubmissionForm form = newBranchForm();
        form.setName("حسن کریمی");
        form.setNationalId(DeskSamples.OTHER_NATIONAL_ID);
        long id = asClerk.call(
                        () -> submission.submit(form, List.of(new Upload("deed", "deed.pdf", DeskSamples.pdf()))))
                .requestId();
        move(asOfficer, id, "ask-applicant", TransitionInput.comment("نقشه‌ی محل را بفرستید."));
        assertTrue(
                asClerk.call(() -> queries.queue(null, false, null, null, 0, 100)).items().stream()
                        .anyMatch(r -> r.id() == id),
                "the office sees the question in its queue");
        asClerk.call(() -> {
            desk.move(id, queries.request(id).version(), "reply", TransitionInput.comment("نقشه تحویل دفتر شد."), null);
            return null;
        });
        assertEquals("review", repository.find(id).orElseThrow().getStage(), "the request is not stranded");
    }

    @Test
    void aCounterClerkSubmitsForACitizenWithoutAnAccount() throws Exception {
        SubmissionForm form = DeskSamples.branchCorrection(
                repository.serviceCardTitled("اصلاح سرویس انشعاب").orElseThrow().getId());
        form.setName("حسن کریمی");
        form.setNationalId(DeskSamples.OTHER_NATIONAL_ID);
        Receipt receipt = asClerk.call(() -> submission.submit(form, DeskSamples.identityDocument()));
        assertEquals("حسن کریمی", receipt.applicantName());
        assertNull(repository.find(receipt.requestId()).orElseThrow().getApplicant(), "no account needed");
        assertEquals(
                receipt.requestId(),
                asClerk.call(() -> queries.request(receipt.requestId())).id(),
                "the clerk who submitted it can open it");
    }
}
