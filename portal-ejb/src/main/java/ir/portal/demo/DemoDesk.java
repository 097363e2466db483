package ir.portal.demo;

import static ir.portal.demo.DemoJson.flag;
import static ir.portal.demo.DemoJson.integer;
import static ir.portal.demo.DemoJson.objects;
import static ir.portal.demo.DemoJson.string;
import static ir.portal.demo.DemoJson.text;
import static ir.portal.demo.DemoJson.value;

import ir.portal.desk.domain.DocumentSlot;
import ir.portal.desk.domain.FieldKind;
import ir.portal.desk.domain.FormField;
import ir.portal.desk.domain.Outcome;
import ir.portal.desk.domain.StageOutput;
import ir.portal.desk.domain.UnitScope;
import ir.portal.desk.domain.WorkflowDraft;
import ir.portal.desk.domain.WorkflowStage;
import ir.portal.desk.domain.WorkflowTransition;
import ir.portal.platform.security.Role;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.List;

/**
 * The demo workflows, read from {@code branch-correction-workflow.json} and {@code new-branch-workflow.json}. The
 * correction of branch service runs the ten steps of seeds/002 as written: the office approves the form, the debt
 * is settled, the tracking code, the documents go to the company, the company announces the conditions, the
 * request is archived if the subscriber declines, payment, the date, the work. The new branch request runs a
 * different flow (review, a question to the applicant, answer or refusal), so nothing is wired to one service.
 * <p>
 * A file holds the start stage and the draft's lists by the names of their fields; a transition lists what it
 * {@code needs} of {@code comment}, {@code date}, {@code amount} and {@code file}.
 */
public final class DemoDesk {

    private DemoDesk() {}

    public static WorkflowDraft branchCorrection() {
        return workflow("branch-correction-workflow.json");
    }

    public static WorkflowDraft newBranch() {
        return workflow("new-branch-workflow.json");
    }

    private static WorkflowDraft workflow(String file) {
        JsonObject workflow = DemoJson.read(file);
        return new WorkflowDraft(
                workflow.getString("startStage"),
                objects(workflow, "stages").stream().map(DemoDesk::stage).toList(),
                objects(workflow, "transitions").stream()
                        .map(DemoDesk::transition)
                        .toList(),
                objects(workflow, "fields").stream().map(DemoDesk::field).toList(),
                objects(workflow, "documents").stream().map(DemoDesk::document).toList());
    }

    private static WorkflowStage stage(JsonObject stage) {
        return new WorkflowStage(
                string(stage, "code"),
                text(stage, "name"),
                text(stage, "citizenView"),
                integer(stage, "timeLimitDays"),
                flag(stage, "waitsOnCitizen"),
                value(stage, "outcome", Outcome.class));
    }

    private static WorkflowTransition transition(JsonObject step) {
        WorkflowTransition transition = new WorkflowTransition(
                string(step, "code"),
                string(step, "from"),
                string(step, "to"),
                text(step, "name"),
                value(step, "role", Role.class),
                value(step, "unitScope", UnitScope.class),
                value(step, "output", StageOutput.class));
        if (!step.containsKey("needs")) {
            return transition;
        }
        List<String> needs = step.getJsonArray("needs").getValuesAs(JsonString::getString);
        return transition.needing(
                needs.contains("comment"), needs.contains("date"), needs.contains("amount"), needs.contains("file"));
    }

    private static FormField field(JsonObject field) {
        return new FormField(
                string(field, "code"),
                text(field, "label"),
                value(field, "kind", FieldKind.class),
                flag(field, "required"));
    }

    private static DocumentSlot document(JsonObject document) {
        return new DocumentSlot(string(document, "code"), text(document, "label"), flag(document, "required"));
    }
}
