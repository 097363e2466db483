package ir.portal.desk.application;

import ir.portal.desk.domain.DeskRepository;
import ir.portal.desk.domain.DocumentSlot;
import ir.portal.desk.domain.FormField;
import ir.portal.desk.domain.QueueFilter;
import ir.portal.desk.domain.QueueSort;
import ir.portal.desk.domain.RequestEvent;
import ir.portal.desk.domain.RequestOutputs;
import ir.portal.desk.domain.ServiceRequest;
import ir.portal.desk.domain.WorkflowDefinition;
import ir.portal.desk.domain.WorkingCalendar;
import ir.portal.identifiers.TrackingCode;
import ir.portal.platform.domain.LocalizedText;
import ir.portal.platform.paging.Page;
import ir.portal.platform.paging.PageRequest;
import ir.portal.platform.security.Actor;
import ir.portal.platform.security.CurrentActor;
import ir.portal.platform.security.Permissions;
import ir.portal.platform.security.Requires;
import ir.portal.platform.security.Right;
import ir.portal.platform.security.Role;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** What the desk's screens read: the citizen's requests, the staff queue, one request, the form of a service. */
@Stateless
@Requires({Right.OWN_REQUESTS, Right.REQUESTS_WORK})
public class DeskQueries {

    @Inject
    CurrentActor actors;

    @Inject
    DeskRepository desk;

    @Inject
    DeskCalendar calendar;

    @Inject
    RequestAccess access;

    /** The caller's own requests, newest first. */
    public Page<RequestRow> mine(int first, int size) {
        Actor actor = actors.get();
        PageRequest page = PageRequest.of(first, size);
        WorkingCalendar working = calendar.calendar();
        LocalDate today = calendar.today();
        List<RequestRow> rows = desk.ofApplicant(actor.account(), page.first(), page.size()).stream()
                .map(r -> DeskViews.row(r, working, today))
                .toList();
        return Page.of(rows, desk.countOfApplicant(actor.account()), page);
    }

    /** Open requests waiting for the caller: by role, and by unit unless the role serves every unit. */
    @Requires(Right.REQUESTS_WORK)
    public Page<RequestRow> queue(String stage, boolean overdueOnly, String code, QueueSort sort, int first, int size) {
        Actor actor = actors.get();
        Set<Role> unitRoles = ownUnitRoles(actor, Right.REQUESTS_OWN_UNIT);
        Set<Role> everyUnitRoles = ownUnitRoles(actor, Right.REQUESTS_EVERY_UNIT);
        LocalDate today = calendar.today();
        PageRequest page = PageRequest.of(first, size);
        Optional<TrackingCode> typed = TrackingCode.parse(code);
        if (code != null && !code.isBlank() && typed.isEmpty()) {
            return Page.of(List.of(), 0, page);
        }
        TrackingCode exactCode = typed.orElse(null);
        QueueFilter filter = new QueueFilter(
                unitRoles,
                actor.unit(),
                everyUnitRoles,
                stage == null || stage.isBlank() ? null : stage,
                overdueOnly ? today : null,
                exactCode,
                sort == null ? QueueSort.DUE_FIRST : sort);
        WorkingCalendar working = calendar.calendar();
        List<RequestRow> rows = desk.queue(filter, page.first(), page.size()).stream()
                .map(r -> DeskViews.row(r, working, today))
                .toList();
        return Page.of(rows, desk.countQueue(filter), page);
    }

    /** The request's page for the caller: everything they may see, and the steps they may take now. */
    public RequestView request(long id) {
        Actor actor = actors.get();
        return view(access.readable(id, actor), actor);
    }

    /** The request's page, or empty when the caller may no longer see it (a counter office that handed it on). */
    public Optional<RequestView> requestIfReadable(long id) {
        Actor actor = actors.get();
        return desk.find(id).filter(r -> access.mayRead(r, actor)).map(r -> view(r, actor));
    }

    private RequestView view(ServiceRequest r, Actor actor) {
        long id = r.getId();
        boolean staff = actor.isStaff();
        List<RequestEvent> events = desk.history(id, staff);
        WorkingCalendar working = calendar.calendar();
        LocalDate today = calendar.today();
        WorkflowDefinition workflow = r.getWorkflow();
        Map<String, String> values = r.fields();
        List<FieldValue> fields = workflow.fields().stream()
                .filter(f -> values.containsKey(f.getCode()))
                .map(f -> new FieldValue(f.getLabel(), values.get(f.getCode())))
                .toList();
        List<TransitionChoice> choices = workflow.transitionsFrom(r.getStage()).stream()
                .filter(t -> r.allows(t, actor))
                .map(t -> new TransitionChoice(
                        t.getCode(),
                        t.getName(),
                        workflow.stage(t.getTo()).getName(),
                        t.isNeedsComment(),
                        t.isNeedsDate(),
                        t.isNeedsAmount(),
                        t.isNeedsFile(),
                        t.needsTrace(),
                        t.getOutput()))
                .toList();
        RequestOutputs out = r.getOutputs();
        return new RequestView(
                r.getId(),
                r.getVersion(),
                r.getTrackingCode().value(),
                r.getTrackingCode().grouped(),
                r.getServiceCard().getId(),
                r.getServiceCard().content().getTitle(),
                DeskViews.unit(r.getUnit()),
                r.getContact().name(),
                r.getContact().nationalId().value(),
                r.getContact().mobile().value(),
                r.getContact().email(),
                r.getContact().onBehalf() && r.getApplicant() != null
                        ? r.getApplicant().getDisplayName() + " ("
                                + r.getApplicant().getNationalId() + ")"
                        : null,
                fields,
                r.currentStage().getName(),
                r.currentStage().getCitizenView(),
                r.currentStage().isWaitsOnCitizen(),
                r.getSubmittedAt(),
                r.dueOn(working, today),
                r.isOverdue(working, today),
                r.stageDueOn(working),
                r.isStageOverdue(working, today),
                r.getClock().getPausedDays(),
                r.getPosition().outcome(),
                out.getVisitOn(),
                out.getWorkOn(),
                out.getAmountRials(),
                out.getBillId() == null ? null : out.getBillId().value(),
                out.getPaymentId() == null ? null : out.getPaymentId().value(),
                out.getPaidReference(),
                out.getAnswer(),
                r.getRating().stars(),
                r.getRating().comment(),
                r.mayBeRated() && r.isApplicant(actor.account()),
                DeskViews.steps(r, events),
                DeskViews.history(r, events, staff, true),
                DeskViews.documents(r, desk.documents(id)),
                choices);
    }

    /**
     * What the caller gave on their last request (national ID, mobile, email), so a new form does not ask for it
     * again (seeds/003, criterion 1); empty for a first request and for staff.
     */
    public Optional<ApplicantDetails> myDetails() {
        Actor actor = actors.get();
        if (!actor.may(Right.OWN_REQUESTS)) {
            return Optional.empty();
        }
        return desk.latestOfApplicant(actor.account())
                .map(r -> new ApplicantDetails(
                        r.getContact().nationalId().value(),
                        r.getContact().mobile().value(),
                        r.getContact().email()));
    }

    /** The receipt of one of the caller's requests. */
    public Receipt receipt(long id) {
        ServiceRequest r = access.readable(id, actors.get());
        return DeskViews.receipt(r, calendar.calendar(), calendar.today());
    }

    /** The form of a published service that takes requests online; empty when it does not. */
    public Optional<ServiceForm> form(long serviceId) {
        return desk.activeWorkflow(serviceId)
                .filter(w -> w.getServiceCard().isPublished())
                .map(w -> new ServiceForm(
                        serviceId,
                        w.getServiceCard().content().getTitle(),
                        w.getServiceCard().content().getAverageDays(),
                        w.fields(),
                        w.documents()));
    }

    /** The stages a staff member may filter the queue by, for every active workflow. */
    @Requires(Right.REQUESTS_WORK)
    public List<StageOption> stages() {
        return desk.activeWorkflows().stream()
                .flatMap(w -> w.stages().stream()
                        .filter(s -> !s.isFinal())
                        .map(s -> new StageOption(s.getCode(), s.getName())))
                .distinct()
                .toList();
    }

    /** The actor's roles whose holders have the right: those the queue looks for among the waiting roles. */
    private static Set<Role> ownUnitRoles(Actor actor, Right right) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        roles.addAll(Permissions.rolesWith(right));
        roles.retainAll(actor.roles());
        return roles;
    }

    /** A service's request form: the fields of its card's input data and the documents it asks for. */
    public record ServiceForm(
            long serviceId,
            LocalizedText service,
            Integer averageDays,
            List<FormField> fields,
            List<DocumentSlot> documents) {}

    /** The applicant's details as their last request gave them. */
    public record ApplicantDetails(String nationalId, String mobile, String email) {}

    /** A stage to filter the queue by. */
    public record StageOption(String code, LocalizedText name) {}
}
