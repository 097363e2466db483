package ir.portal.desk.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import ir.portal.accounts.domain.Roles;
import ir.portal.demo.DemoDesk;
import ir.portal.platform.domain.LocalizedText;

/** A workflow is checked as a whole before it can run, so no request is stranded by a bad edit. */
class WorkflowDraftTest {

    @Test
    void theSeededWorkflowsAndTheStarterCanRun() {
        assertEquals(List.of(), DemoDesk.branchCorrection().problems());
        assertEquals(List.of(), DemoDesk.newBranch().problems());
        assertEquals(List.of(), WorkflowDraft.starter().problems());
    }

    @Test
    void refusesWhatWouldBreakARequestLater() {
        WorkflowDraft good = DemoDesk.newBranch();
        List<WorkflowStage> stages = new ArrayList<>(good.stages());
        WorkflowStage review = stages.get(0).copy();
        review.setTimeLimitDays(-1);
        stages.set(0, review);
        List<WorkflowTransition> transitions = new ArrayList<>(good.transitions());
        transitions.add(new WorkflowTransition("pay", "review", "answered", new LocalizedText("پرداخت", "Pay"),
                Roles.CASE_OFFICER, UnitScope.REQUEST_UNIT, StageOutput.PAYMENT_SLIP));
        transitions.add(new WorkflowTransition("upload", "review", "answered", new LocalizedText("ارسال", "Send"),
                Roles.CITIZEN, UnitScope.REQUEST_UNIT, null).needing(false, false, false, true));
        List<DocumentSlot> documents = new ArrayList<>(good.documents());
        documents.add(documents.get(0).copy());

        List<String> problems = new WorkflowDraft(good.startStage(), stages, transitions, good.fields(), documents)
                .problems();
        assertTrue(problems.contains("desk_workflow.stage.days.invalid:review"), problems::toString);
        assertTrue(problems.contains("desk_workflow.transition.output.input:pay"), "a slip needs an amount");
        assertTrue(problems.contains("desk_workflow.transition.citizen.needs:upload"), problems::toString);
        assertTrue(problems.contains("desk_workflow.document.invalid:deed"), "a document code used twice");
    }
}
