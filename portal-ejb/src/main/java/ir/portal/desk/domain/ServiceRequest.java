package ir.portal.desk.domain;

import ir.portal.accounts.domain.Account;
import ir.portal.accounts.domain.OrgUnit;
import ir.portal.catalog.domain.ServiceCard;
import ir.portal.identifiers.BillId;
import ir.portal.identifiers.PaymentId;
import ir.portal.identifiers.TrackingCode;
import ir.portal.platform.domain.BaseEntity;
import ir.portal.platform.errors.Refused;
import ir.portal.platform.security.Actor;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * A citizen's request for a service: the form as submitted, the tracking code, where it stands in the workflow
 * revision it started on, when the answer is due, and what the workflow produced (visit date, payment slip,
 * completion date, answer). The due date moves on while the request waits on the citizen.
 */
@Entity
@Table(name = "service_request")
public class ServiceRequest extends BaseEntity {

    @Column(name = "tracking_code", nullable = false, unique = true, length = 20)
    private TrackingCode trackingCode;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "workflow_id", nullable = false)
    private WorkflowDefinition workflow;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "service_card_id", nullable = false)
    private ServiceCard serviceCard;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "unit_id", nullable = false)
    private OrgUnit unit;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "applicant_id")
    private Account applicant;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "submitted_by_id", nullable = false)
    private Account submittedBy;

    @Embedded
    private ApplicantContact contact;

    @Embedded
    private RequestForm form;

    @Embedded
    private RequestPosition position;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Embedded
    private RequestClock clock;

    @Embedded
    private RequestOutputs outputs;

    @Column(name = "unread_by_staff", nullable = false)
    private boolean unreadByStaff;

    @Embedded
    private RequestRating rating;

    protected ServiceRequest() {}

    /**
     * A new request at the start stage of its workflow, due the card's average number of working days after the
     * day it came in.
     */
    public static ServiceRequest submit(
            WorkflowDefinition workflow,
            Applicant applicant,
            Map<String, String> fields,
            TrackingCode code,
            String formToken,
            Actor by,
            WorkingCalendar calendar,
            LocalDate today,
            Instant now) {
        ServiceRequest request = new ServiceRequest();
        request.trackingCode = code;
        request.workflow = workflow;
        request.serviceCard = workflow.getServiceCard();
        request.unit = workflow.getServiceCard().getUnit();
        request.applicant = applicant.account();
        request.submittedBy = by.account();
        request.contact = new ApplicantContact(applicant);
        request.form = new RequestForm(formToken, fields);
        request.submittedAt = now;
        Integer days = workflow.getServiceCard().content().getAverageDays();
        request.clock = RequestClock.start(today, days == null ? 0 : days, calendar);
        request.outputs = new RequestOutputs();
        request.position = new RequestPosition();
        request.enter(workflow.getStartStage(), today, now);
        return request;
    }

    /** The first line of the history, written once the request has its id. */
    public RequestEvent submittedEvent(Actor by) {
        return new RequestEvent(getId(), RequestEventKind.SUBMITTED, by, submittedAt)
                .transition(null, null, position.stage());
    }

    /** Whether the actor may take the transition on this request: by role and unit, or as the applicant. */
    public boolean allows(WorkflowTransition transition, Actor actor) {
        return position.isOpenAt(transition.getFrom()) && transition.mayBeTakenBy(actor, unit, applicant);
    }

    public boolean isApplicant(Account account) {
        return applicant != null && applicant.equals(account);
    }

    /**
     * Moves the request on. The caller checked {@link #allows}; what the transition needs must be in the input.
     * Leaving a stage that waited on the citizen moves the due date on by the working days it waited.
     */
    public RequestEvent move(
            WorkflowTransition transition,
            TransitionInput input,
            Actor actor,
            WorkingCalendar calendar,
            LocalDate today,
            Instant now) {
        if (!allows(transition, actor)) {
            throw new Refused(actor.username() + " may not take " + transition.getCode() + " on request " + getId()
                    + " at " + position.stage());
        }
        String from = position.stage();
        if (actor.isStaff()) {
            unreadByStaff = false;
        }
        clock.resume(calendar, today);
        outputs().record(transition.getOutput(), input);
        enter(transition.getTo(), today, now);
        if (currentStage().isFinal() && input.comment() != null && actor.isStaff()) {
            outputs().answerIfNone(input.comment());
        }
        return new RequestEvent(getId(), RequestEventKind.TRANSITION, actor, now)
                .transition(transition.getCode(), from, position.stage())
                .with(input.comment(), input.date(), input.amountRials());
    }

    /** The payment slip the citizen pays: the bank identifies the payment by these two numbers. */
    public void issueSlip(BillId bill, PaymentId payment) {
        outputs().slip(bill, payment);
    }

    /** A message on the request, from the citizen or from staff. */
    public RequestEvent message(String text, Actor actor, Instant now) {
        unreadByStaff = !actor.isStaff();
        return new RequestEvent(getId(), RequestEventKind.MESSAGE, actor, now).with(text, null, null);
    }

    /** Someone read a file of the request; the audit keeps who. */
    public RequestEvent downloaded(RequestDocument document, Actor actor, Instant now) {
        return RequestEvent.download(getId(), document, actor, now);
    }

    /** The citizen's rating of a completed request, given once. */
    public RequestEvent rate(int stars, String comment, Actor actor, Instant now) {
        if (!isApplicant(actor.account()) || !mayBeRated() || stars < 1 || stars > 5) {
            throw new Refused("Request " + getId() + " cannot be rated now");
        }
        if (rating == null) {
            rating = new RequestRating();
        }
        rating.give(stars, comment, now);
        return new RequestEvent(getId(), RequestEventKind.FEEDBACK, actor, now).with(comment, null, (long) stars);
    }

    public boolean mayBeRated() {
        return position.outcome() == Outcome.COMPLETED && !getRating().isGiven();
    }

    /** The date the answer is due as of today: while the request waits on the citizen, each working day adds one. */
    public LocalDate dueOn(WorkingCalendar calendar, LocalDate today) {
        return clock.dueOn(calendar, today);
    }

    /** The day the current stage should be done by, from its own time limit; null when it has none. */
    public LocalDate stageDueOn(WorkingCalendar calendar) {
        return position.isClosed()
                ? null
                : clock.stageDueOn(calendar, currentStage().getTimeLimitDays());
    }

    /** Whether the current stage took longer than its time limit (not counted while waiting on the citizen). */
    public boolean isStageOverdue(WorkingCalendar calendar, LocalDate today) {
        LocalDate stageDue = stageDueOn(calendar);
        return stageDue != null && !clock.isPaused() && today.isAfter(stageDue);
    }

    public boolean isOverdue(WorkingCalendar calendar, LocalDate today) {
        return !position.isClosed() && !clock.isPaused() && today.isAfter(dueOn(calendar, today));
    }

    private void enter(String next, LocalDate today, Instant now) {
        WorkflowStage target = workflow.stage(next);
        clock.enterStage(today, target.isWaitsOnCitizen());
        position.enter(target, workflow.waitingFor(next, applicant), now);
    }

    /** Never null: a request whose workflow produced nothing yet may come back without them. */
    private RequestOutputs outputs() {
        if (outputs == null) {
            outputs = new RequestOutputs();
        }
        return outputs;
    }

    /**
     * The rating, or an empty one when none was given: the provider reads an embeddable whose columns are all empty
     * as none. Reading never sets it, so reading a request does not change it.
     */
    public RequestRating getRating() {
        return rating == null ? new RequestRating() : rating;
    }

    public TrackingCode getTrackingCode() {
        return trackingCode;
    }

    public WorkflowDefinition getWorkflow() {
        return workflow;
    }

    public ServiceCard getServiceCard() {
        return serviceCard;
    }

    public OrgUnit getUnit() {
        return unit;
    }

    public Account getApplicant() {
        return applicant;
    }

    public Account getSubmittedBy() {
        return submittedBy;
    }

    public ApplicantContact getContact() {
        return contact;
    }

    public Map<String, String> fields() {
        return form.fields();
    }

    public String getStage() {
        return position.stage();
    }

    public WorkflowStage currentStage() {
        return workflow.stage(position.stage());
    }

    public RequestPosition getPosition() {
        return position;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public RequestClock getClock() {
        return clock;
    }

    /** What the workflow produced so far; empty values until it does. */
    public RequestOutputs getOutputs() {
        return outputs == null ? new RequestOutputs() : outputs;
    }

    public boolean isUnreadByStaff() {
        return unreadByStaff;
    }
}
