package ir.portal.desk.application;

import ir.portal.accounts.domain.OrgUnit;
import ir.portal.desk.domain.RequestDocument;
import ir.portal.desk.domain.RequestEvent;
import ir.portal.desk.domain.ServiceRequest;
import ir.portal.desk.domain.WorkflowDefinition;
import ir.portal.desk.domain.WorkflowStage;
import ir.portal.desk.domain.WorkflowTransition;
import ir.portal.desk.domain.WorkingCalendar;
import ir.portal.platform.domain.LocalizedText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Builds the records the screens read from a request and its history. */
final class DeskViews {

    private static final LocalizedText CITIZEN = new LocalizedText("متقاضی", "Applicant");
    private static final LocalizedText MESSAGE_FILE = new LocalizedText("پیوست پیام", "Attached to a message");
    private static final LocalizedText STEP_FILE = new LocalizedText("پیوست یک مرحله", "Attached to a step");
    private static final LocalizedText DOCUMENT = new LocalizedText("سند", "Document");

    private DeskViews() {}

    static Receipt receipt(ServiceRequest r, WorkingCalendar calendar, LocalDate today) {
        Integer days = r.getServiceCard().content().getAverageDays();
        return new Receipt(
                r.getId(),
                r.getTrackingCode().value(),
                r.getTrackingCode().grouped(),
                r.getServiceCard().content().getTitle(),
                unit(r.getUnit()),
                r.getContact().name(),
                r.getContact().nationalId().value(),
                r.getSubmittedAt(),
                r.dueOn(calendar, today),
                days == null ? 0 : days);
    }

    static RequestRow row(ServiceRequest r, WorkingCalendar calendar, LocalDate today) {
        WorkflowStage stage = r.currentStage();
        return new RequestRow(
                r.getId(),
                r.getTrackingCode().grouped(),
                r.getServiceCard().content().getTitle(),
                stage.getName(),
                r.getContact().name(),
                r.getSubmittedAt(),
                r.dueOn(calendar, today),
                r.isOverdue(calendar, today),
                r.stageDueOn(calendar),
                r.isStageOverdue(calendar, today),
                stage.isWaitsOnCitizen(),
                r.getPosition().outcome(),
                r.isUnreadByStaff());
    }

    static LocalizedText unit(OrgUnit unit) {
        return unit == null ? CITIZEN : new LocalizedText(unit.getNameFa(), unit.getNameEn());
    }

    /** The stages in order, each marked passed or current; final stages not reached are left out. */
    static List<StageStep> steps(ServiceRequest r, List<RequestEvent> history) {
        WorkflowDefinition workflow = r.getWorkflow();
        Set<String> passed = new HashSet<>();
        history.stream().filter(e -> e.getFromStage() != null).forEach(e -> passed.add(e.getFromStage()));
        List<StageStep> steps = new ArrayList<>();
        for (WorkflowStage stage : workflow.stages()) {
            boolean current = stage.getCode().equals(r.getStage());
            if (stage.isFinal() && !current) {
                continue;
            }
            steps.add(new StageStep(
                    stage.getCode(), stage.getName(), passed.contains(stage.getCode()) && !current, current));
        }
        return steps;
    }

    static List<HistoryLine> history(ServiceRequest r, List<RequestEvent> events, boolean forStaff, boolean withNotes) {
        WorkflowDefinition workflow = r.getWorkflow();
        Map<String, WorkflowStage> stages = workflow.stages().stream()
                .collect(Collectors.toMap(WorkflowStage::getCode, Function.identity(), (first, second) -> first));
        List<HistoryLine> lines = new ArrayList<>();
        for (RequestEvent e : events) {
            LocalizedText step = e.getTransition() == null
                    ? null
                    : workflow.transitions().stream()
                            .filter(t -> t.getCode().equals(e.getTransition())
                                    && t.getFrom().equals(e.getFromStage()))
                            .map(WorkflowTransition::getName)
                            .findFirst()
                            .orElse(null);
            WorkflowStage to = e.getToStage() == null ? null : stages.get(e.getToStage());
            lines.add(new HistoryLine(
                    e.getAt(),
                    e.getKind(),
                    step,
                    to == null ? null : to.getName(),
                    e.isByStaff() ? unit(e.getActorUnit()) : CITIZEN,
                    e.isByStaff(),
                    withNotes ? e.getNote() : null,
                    e.getDateValue(),
                    e.getAmountRials(),
                    withNotes ? e.getDocumentId() : null,
                    forStaff && e.getActor() != null ? e.getActor().getDisplayName() : null,
                    forStaff ? e.getClient() : null));
        }
        return lines;
    }

    static List<DocumentRow> documents(ServiceRequest r, List<RequestDocument> documents) {
        Map<String, LocalizedText> purposes = new HashMap<>();
        r.getWorkflow().documents().forEach(slot -> purposes.putIfAbsent(slot.getCode(), slot.getLabel()));
        r.getWorkflow()
                .transitions()
                .forEach(t -> purposes.putIfAbsent(DeskService.STEP_FILE + t.getCode(), t.getName()));
        purposes.put(DeskService.MESSAGE_FILE, MESSAGE_FILE);
        return documents.stream()
                .map(d -> new DocumentRow(
                        d.getId(),
                        purposes.getOrDefault(
                                d.getSlot(), d.getSlot().startsWith(DeskService.STEP_FILE) ? STEP_FILE : DOCUMENT),
                        d.getFileName(),
                        d.getMediaType(),
                        d.getSizeBytes(),
                        d.getUploadedAt(),
                        d.isByStaff()))
                .toList();
    }
}
