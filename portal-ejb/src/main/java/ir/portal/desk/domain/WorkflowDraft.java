package ir.portal.desk.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A workflow as it is written, before it becomes a revision: checked as a whole, so a definition that would
 * strand a request (a transition to a stage that does not exist, a stage with no way out that is not final)
 * never runs.
 */
public record WorkflowDraft(String startStage, List<WorkflowStage> stages, List<WorkflowTransition> transitions,
        List<FormField> fields, List<DocumentSlot> documents) {

    /** What is wrong with the draft, as message keys with the stage or transition code; empty when it can run. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (WorkflowStage stage : stages) {
            if (stage.getCode() == null || stage.getCode().isBlank() || !codes.add(stage.getCode())) {
                problems.add("desk_workflow.stage.code.invalid:" + stage.getCode());
            }
        }
        if (!codes.contains(startStage)) {
            problems.add("desk_workflow.start.invalid:" + startStage);
        }
        Set<String> transitionCodes = new HashSet<>();
        for (WorkflowTransition t : transitions) {
            if (!codes.contains(t.getFrom()) || !codes.contains(t.getTo())) {
                problems.add("desk_workflow.transition.stage.invalid:" + t.getCode());
            }
            if (!transitionCodes.add(t.getFrom() + "/" + t.getCode())) {
                problems.add("desk_workflow.transition.code.duplicate:" + t.getCode());
            }
            if (t.getRole() == null || t.getRole().isBlank()) {
                problems.add("desk_workflow.transition.role.required:" + t.getCode());
            }
        }
        for (WorkflowStage stage : stages) {
            boolean hasWayOut = transitions.stream().anyMatch(t -> t.getFrom().equals(stage.getCode()));
            if (stage.isFinal() == hasWayOut) {
                problems.add((stage.isFinal() ? "desk_workflow.stage.final.exits:" : "desk_workflow.stage.dead-end:")
                        + stage.getCode());
            }
        }
        return problems;
    }
}
