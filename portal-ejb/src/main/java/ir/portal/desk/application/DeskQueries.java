package ir.portal.desk.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import ir.portal.accounts.domain.Roles;
import ir.portal.catalog.application.Page;
import ir.portal.desk.domain.Actor;
import ir.portal.desk.domain.DeskRepository;
import ir.portal.desk.domain.DocumentSlot;
import ir.portal.desk.domain.FormField;
import ir.portal.desk.domain.QueueFilter;
import ir.portal.desk.domain.QueueSort;
import ir.portal.desk.domain.RequestEvent;
import ir.portal.desk.domain.RequestOutputs;
import ir.portal.desk.domain.ServiceRequest;
import ir.portal.desk.domain.TrackingCode;
import ir.portal.desk.domain.WorkflowDefinition;
import ir.portal.desk.domain.WorkingCalendar;
import ir.portal.platform.domain.LocalizedText;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/** What the desk's screens read: the citizen's requests, the staff queue, one request, the form of a service. */
@Stateless
@RolesAllowed({Roles.CITIZEN, Roles.CASE_OFFICER, Roles.COUNTER_CLERK, Roles.UNIT_MANAGER, Roles.PORTAL_EXPERT})
public class DeskQueries {

    public static final int MAX_PAGE = 100;

    /** Staff roles that work the requests of their own unit. */
    private static final Set<String> UNIT_ROLES = Set.of(Roles.CASE_OFFICER, Roles.UNIT_MANAGER);

    /** Staff roles that work requests of every unit: the counter offices, the portal expert. */
    private static final Set<String> EVERY_UNIT_ROLES = Set.of(Roles.COUNTER_CLERK, Roles.PORTAL_EXPERT);

    @Resource
    SessionContext context;

    @Inject
    DeskRepository desk;

    @Inject
    DeskCalendar calendar;

    @Inject
    Callers callers;

    @Inject
    RequestAccess access;

    /** The caller's own requests, newest first. */
    public Page<RequestRow> mine(int first, int size) {
        Actor actor = callers.actor(context, null);
        int pageSize = pageSize(size);
        WorkingCalendar working = calendar.calendar();
        LocalDate today = calendar.today();
        List<RequestRow> rows = desk.ofApplicant(actor.account(), Math.max(0, first), pageSize).stream()
                .map(r -> DeskViews.row(r, working, today)).toList();
        return new Page<>(rows, desk.countOfApplicant(actor.account()), Math.max(0, first), pageSize);
    }

    /** Open requests waiting for the caller: by role, and by unit unless the role serves every unit. */
    @RolesAllowed({Roles.CASE_OFFICER, Roles.COUNTER_CLERK, Roles.UNIT_MANAGER, Roles.PORTAL_EXPERT})
    public Page<RequestRow> queue(String stage, boolean overdueOnly, String code, QueueSort sort, int first,
            int size) {
        Actor actor = callers.actor(context, null);
        Set<String> unitRoles = Set.copyOf(actor.roles().stream().filter(UNIT_ROLES::contains).toList());
        Set<String> everyUnitRoles = Set.copyOf(actor.roles().stream().filter(EVERY_UNIT_ROLES::contains).toList());
        LocalDate today = calendar.today();
        String exactCode = code == null || code.isBlank() ? null
                : TrackingCode.parse(code).map(TrackingCode::value).orElse("-");
        QueueFilter filter = new QueueFilter(unitRoles, actor.unit(), everyUnitRoles,
                stage == null || stage.isBlank() ? null : stage, overdueOnly ? today : null, exactCode,
                sort == null ? QueueSort.DUE_FIRST : sort);
        int pageSize = pageSize(size);
        WorkingCalendar working = calendar.calendar();
        List<RequestRow> rows = desk.queue(filter, Math.max(0, first), pageSize).stream()
                .map(r -> DeskViews.row(r, working, today)).toList();
        return new Page<>(rows, desk.countQueue(filter), Math.max(0, first), pageSize);
    }

    /** The request's page for the caller: everything they may see, and the steps they may take now. */
    public RequestView request(long id) {
        Actor actor = callers.actor(context, null);
        ServiceRequest r = access.readable(id, actor);
        boolean staff = actor.isStaff();
        List<RequestEvent> events = desk.history(id, staff);
        WorkingCalendar working = calendar.calendar();
        LocalDate today = calendar.today();
        WorkflowDefinition workflow = r.getWorkflow();
        Map<String, String> values = r.fields();
        List<FieldValue> fields = workflow.fields().stream().filter(f -> values.containsKey(f.getCode()))
                .map(f -> new FieldValue(f.getLabel(), values.get(f.getCode()))).toList();
        List<TransitionChoice> choices = workflow.transitionsFrom(r.getStage()).stream()
                .filter(t -> r.allows(t, actor))
                .map(t -> new TransitionChoice(t.getCode(), t.getName(), workflow.stage(t.getTo()).getName(),
                        t.isNeedsComment(), t.isNeedsDate(), t.isNeedsAmount(), t.isNeedsFile(), t.getOutput()))
                .toList();
        RequestOutputs out = r.getOutputs();
        return new RequestView(r.getId(), r.getVersion(), r.getTrackingCode(),
                new TrackingCode(r.getTrackingCode()).grouped(), r.getServiceCard().getId(),
                r.getServiceCard().content().getTitle(), DeskViews.unit(r.getUnit()), r.getApplicantName(),
                r.getNationalId(), r.getMobile(), r.getEmail(), fields, r.currentStage().getName(),
                r.currentStage().getCitizenView(), r.currentStage().isWaitsOnCitizen(), r.getSubmittedAt(),
                r.dueOn(working, today), r.isOverdue(working, today), r.stageDueOn(working),
                r.isStageOverdue(working, today), r.getClock().getPausedDays(), r.getOutcome(),
                out.getVisitOn(), out.getWorkOn(), out.getAmountRials(), out.getBillId(), out.getPaymentId(),
                out.getPaidReference(), out.getAnswer(), r.getRating(), r.getFeedback(),
                r.mayBeRated() && r.isApplicant(actor.account()), DeskViews.steps(r, events),
                DeskViews.history(r, events, staff, true), DeskViews.documents(r, desk.documents(id)), choices);
    }

    /**
     * What the caller gave on their last request (national ID, mobile, email), so a new form does not ask for it
     * again (seeds/003, criterion 1); empty for a first request and for staff.
     */
    public Optional<ApplicantDetails> myDetails() {
        Actor actor = callers.actor(context, null);
        if (!actor.hasRole(Roles.CITIZEN)) {
            return Optional.empty();
        }
        return desk.latestOfApplicant(actor.account())
                .map(r -> new ApplicantDetails(r.getNationalId(), r.getMobile(), r.getEmail()));
    }

    /** The receipt of one of the caller's requests. */
    public Receipt receipt(long id) {
        ServiceRequest r = access.readable(id, callers.actor(context, null));
        return DeskViews.receipt(r, calendar.calendar(), calendar.today());
    }

    /** The form of a published service that takes requests online; empty when it does not. */
    public Optional<ServiceForm> form(long serviceId) {
        return desk.activeWorkflow(serviceId).filter(w -> w.getServiceCard().isPublished())
                .map(w -> new ServiceForm(serviceId, w.getServiceCard().content().getTitle(),
                        w.getServiceCard().content().getAverageDays(), w.fields(), w.documents()));
    }

    /** The stages a staff member may filter the queue by, for every active workflow. */
    @RolesAllowed({Roles.CASE_OFFICER, Roles.COUNTER_CLERK, Roles.UNIT_MANAGER, Roles.PORTAL_EXPERT})
    public List<StageOption> stages() {
        return desk.activeWorkflows().stream().flatMap(w -> w.stages().stream().filter(s -> !s.isFinal())
                .map(s -> new StageOption(s.getCode(), s.getName()))).distinct().toList();
    }

    private static int pageSize(int size) {
        return Math.max(1, Math.min(size, MAX_PAGE));
    }

    /** A service's request form: the fields of its card's input data and the documents it asks for. */
    public record ServiceForm(long serviceId, LocalizedText service, Integer averageDays, List<FormField> fields,
            List<DocumentSlot> documents) {
    }

    /** The applicant's details as their last request gave them. */
    public record ApplicantDetails(String nationalId, String mobile, String email) {
    }

    /** A stage to filter the queue by. */
    public record StageOption(String code, LocalizedText name) {
    }
}
