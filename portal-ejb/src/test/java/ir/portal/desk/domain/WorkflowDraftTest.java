package ir.portal.desk.domain;

import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.portal.demo.DemoDesk;
import ir.portal.platform.domain.LocalizedText;
import ir.portal.platform.security.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A workflow is checked as a whole before it can run, so no request is stranded by a bad edit. */
class WorkflowDraftTest {

    @Test
    void theSeededWorkflowsAndTheStarterCanRun() {
        assertTrue(DemoDesk.branchCorrection().problems().isEmpty());
        assertTrue(DemoDesk.newBranch().problems().isEmpty());
        assertTrue(WorkflowDraft.starter().problems().isEmpty());
    }

    @Test
    void refusesWhatWouldBreakARequestLater() {
        WorkflowDraft good = DemoDesk.newBranch();
        List<WorkflowStage> stages = new ArrayList<>(good.stages());
        WorkflowStage review = stages.get(0).copy();
        review.setTimeLimitDays(-1);
        stages.set(0, review);
        List<WorkflowTransition> transitions = new ArrayList<>(good.transitions());
        transitions.add(new WorkflowTransition(
                "pay",
                "review",
                "answered",
                new LocalizedText("پرداخت", "Pay"),
                Role.CASE_OFFICER,
                UnitScope.REQUEST_UNIT,
                StageOutput.PAYMENT_SLIP));
        transitions.add(new WorkflowTransition(
                        "upload",
                        "review",
                        "answered",
                        new LocalizedText("ارسال", "Send"),
                        Role.CITIZEN,
                        UnitScope.REQUEST_UNIT,
                        null)
                .needing(false, false, false, true));
        List<DocumentSlot> documents = new ArrayList<>(good.documents());
        documents.add(documents.get(0).copy());

        Map<String, String> problems = new WorkflowDraft(
                        good.startStage(), stages, transitions, good.fields(), documents)
                .problems()
                .asMap();
        assertTrue("desk_workflow.stage.days.invalid".equals(problems.get("review")), problems::toString);
        assertTrue("desk_workflow.transition.output.input".equals(problems.get("pay")), "a slip needs an amount");
        assertTrue("desk_workflow.transition.citizen.needs".equals(problems.get("upload")), problems::toString);
        assertTrue("desk_workflow.document.invalid".equals(problems.get("deed")), "a document code used twice");
    }
}
