package ir.portal.desk.domain;

import ir.portal.platform.domain.LocalizedText;
import ir.portal.platform.errors.Problems;
import ir.portal.platform.security.Role;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A workflow as it is written, before it becomes a revision: checked as a whole, so a definition that would
 * strand a request (a transition to a stage that does not exist, a stage with no way out that is not final)
 * never runs.
 */
public record WorkflowDraft(
        String startStage,
        List<WorkflowStage> stages,
        List<WorkflowTransition> transitions,
        List<FormField> fields,
        List<DocumentSlot> documents) {

    /** Where a new workflow starts: one review stage that the unit's case officer answers or refuses. */
    public static WorkflowDraft starter() {
        return new WorkflowDraft(
                "review",
                List.of(
                        new WorkflowStage(
                                "review",
                                new LocalizedText("بررسی درخواست", "Under review"),
                                new LocalizedText(
                                        "کارشناس درخواست شما را بررسی می‌کند.",
                                        "An officer is reviewing your request."),
                                5,
                                false,
                                null),
                        new WorkflowStage(
                                "answered",
                                new LocalizedText("پاسخ داده شد", "Answered"),
                                new LocalizedText("پاسخ درخواست شما صادر شد.", "Your request has been answered."),
                                null,
                                false,
                                Outcome.COMPLETED),
                        new WorkflowStage(
                                "refused",
                                new LocalizedText("رد شد", "Refused"),
                                new LocalizedText("درخواست شما پذیرفته نشد.", "Your request was not accepted."),
                                null,
                                false,
                                Outcome.REJECTED)),
                List.of(
                        new WorkflowTransition(
                                        "answer",
                                        "review",
                                        "answered",
                                        new LocalizedText("صدور پاسخ", "Answer"),
                                        Role.CASE_OFFICER,
                                        UnitScope.REQUEST_UNIT,
                                        StageOutput.ANSWER)
                                .needing(true, false, false, false),
                        new WorkflowTransition(
                                        "refuse",
                                        "review",
                                        "refused",
                                        new LocalizedText("رد درخواست", "Refuse"),
                                        Role.CASE_OFFICER,
                                        UnitScope.REQUEST_UNIT,
                                        StageOutput.ANSWER)
                                .needing(true, false, false, false)),
                List.of(),
                List.of());
    }

    /**
     * The draft as named texts, one per stage, step, form field and document, so that two revisions compare field
     * by field ({@link ir.portal.platform.history.FieldChanges}) for the audit log.
     */
    public Map<String, Object> asFields() {
        Map<String, Object> named = new LinkedHashMap<>();
        named.put("startStage", startStage);
        stages.forEach(s -> named.put("stages." + s.getCode(), s.toString()));
        transitions.forEach(t -> named.put("transitions." + t.getFrom() + "/" + t.getCode(), t.toString()));
        fields.forEach(f -> named.put("fields." + f.getCode(), f.toString()));
        documents.forEach(d -> named.put("documents." + d.getCode(), d.toString()));
        return named;
    }

    /** What is wrong with the draft, as message keys with the stage or transition code; empty when it can run. */
    public Problems problems() {
        Problems problems = new Problems();
        Set<String> codes = new HashSet<>();
        for (WorkflowStage stage : stages) {
            if (stage.getCode() == null || stage.getCode().isBlank() || !codes.add(stage.getCode())) {
                problems.add(stage.getCode(), "desk_workflow.stage.code.invalid");
            }
        }
        if (!codes.contains(startStage)) {
            problems.add(startStage, "desk_workflow.start.invalid");
        }
        Set<String> transitionCodes = new HashSet<>();
        for (WorkflowTransition t : transitions) {
            if (!codes.contains(t.getFrom()) || !codes.contains(t.getTo())) {
                problems.add(t.getCode(), "desk_workflow.transition.stage.invalid");
            }
            if (!transitionCodes.add(t.getFrom() + "/" + t.getCode())) {
                problems.add(t.getCode(), "desk_workflow.transition.code.duplicate");
            }
            if (t.getRole() == null) {
                problems.add(t.getCode(), "desk_workflow.transition.role.required");
            }
        }
        for (WorkflowStage stage : stages) {
            if (blank(stage.getName().getFa())) {
                problems.add(stage.getCode(), "desk_workflow.name.required");
            }
            if (stage.getTimeLimitDays() != null && stage.getTimeLimitDays() < 0) {
                problems.add(stage.getCode(), "desk_workflow.stage.days.invalid");
            }
        }
        for (WorkflowTransition t : transitions) {
            if (blank(t.getName().getFa())) {
                problems.add(t.getCode(), "desk_workflow.name.required");
            }
            if (t.getRole() == Role.CITIZEN && (t.isNeedsDate() || t.isNeedsAmount() || t.isNeedsFile())) {
                problems.add(t.getCode(), "desk_workflow.transition.citizen.needs");
            }
            if (t.getOutput() != null && !outputHasItsInput(t)) {
                problems.add(t.getCode(), "desk_workflow.transition.output.input");
            }
        }
        Set<String> fieldCodes = new HashSet<>();
        for (FormField field : fields) {
            if (blank(field.getCode())
                    || !fieldCodes.add(field.getCode())
                    || blank(field.getLabel().getFa())) {
                problems.add(field.getCode(), "desk_workflow.field.invalid");
            }
        }
        Set<String> documentCodes = new HashSet<>();
        for (DocumentSlot document : documents) {
            if (blank(document.getCode())
                    || !documentCodes.add(document.getCode())
                    || blank(document.getLabel().getFa())) {
                problems.add(document.getCode(), "desk_workflow.document.invalid");
            }
        }
        for (WorkflowStage stage : stages) {
            boolean hasWayOut = transitions.stream().anyMatch(t -> t.getFrom().equals(stage.getCode()));
            if (stage.isFinal() == hasWayOut) {
                problems.add(
                        stage.getCode(),
                        stage.isFinal() ? "desk_workflow.stage.final.exits" : "desk_workflow.stage.dead-end");
            }
        }
        return problems;
    }

    /** A step that produces a date, an amount or a letter asks for it; a payment's trace number is always asked. */
    private static boolean outputHasItsInput(WorkflowTransition t) {
        return switch (t.getOutput()) {
            case VISIT_DATE, WORK_DATE -> t.isNeedsDate();
            case PAYMENT_SLIP -> t.isNeedsAmount();
            case ANSWER -> t.isNeedsComment();
            case PAYMENT_CONFIRMED, TRACKING_CODE -> true;
        };
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
