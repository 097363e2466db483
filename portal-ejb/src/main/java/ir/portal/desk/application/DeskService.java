package ir.portal.desk.application;

import ir.portal.desk.domain.DeskRepository;
import ir.portal.desk.domain.RequestDocument;
import ir.portal.desk.domain.RequestEvent;
import ir.portal.desk.domain.RequestMessaged;
import ir.portal.desk.domain.RequestMoved;
import ir.portal.desk.domain.RequestTouched;
import ir.portal.desk.domain.ServiceRequest;
import ir.portal.desk.domain.StageOutput;
import ir.portal.desk.domain.TransitionInput;
import ir.portal.desk.domain.WorkflowTransition;
import ir.portal.desk.domain.WorkingCalendar;
import ir.portal.i18n.PersianDigits;
import ir.portal.platform.errors.InvalidInput;
import ir.portal.platform.errors.NotFound;
import ir.portal.platform.errors.Problems;
import ir.portal.platform.errors.Refused;
import ir.portal.platform.files.FileIntake;
import ir.portal.platform.files.StoredFile;
import ir.portal.platform.files.Upload;
import ir.portal.platform.security.Actor;
import ir.portal.platform.security.CurrentActor;
import ir.portal.platform.security.Requires;
import ir.portal.platform.security.Right;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.logging.Logger;

/**
 * What people do to a request once it is in: take a step of its workflow, write a message, rate it, download one
 * of its files. Every one of these is checked against the caller's role, unit and ownership here, and written to
 * the request's history with who, when and from where.
 */
@Stateless
@Requires({Right.OWN_REQUESTS, Right.REQUESTS_WORK})
public class DeskService {

    /** The slot of a file given with a step: this prefix and the step's code. */
    static final String STEP_FILE = "transition.";

    /** The slot of a file given with a message. */
    static final String MESSAGE_FILE = "message";

    private static final Logger LOG = Logger.getLogger(DeskService.class.getName());

    private static final int MAX_TEXT = 4000;

    @Inject
    CurrentActor actors;

    @Inject
    Clock clock;

    @Inject
    DeskRepository desk;

    @Inject
    DeskCalendar calendar;

    @Inject
    FileIntake files;

    @Inject
    Event<RequestMoved> moved;

    @Inject
    Event<RequestMessaged> messaged;

    @Inject
    Event<RequestTouched> touched;

    @Inject
    PaymentGateway payments;

    @Inject
    RequestAccess access;

    /**
     * Takes a step. The version is the one the person saw: if someone else moved the request since, nothing
     * happens and they are told.
     */
    public void move(long id, long version, String transitionCode, TransitionInput input, Upload file) {
        Actor actor = actors.get();
        access.readable(id, actor);
        ServiceRequest request = desk.findForChange(id, version);
        WorkflowTransition transition = request.getWorkflow()
                .transition(request.getStage(), transitionCode)
                .filter(t -> request.allows(t, actor))
                .orElseThrow(() -> new Refused(
                        actor + " may not take " + transitionCode + " on request " + id + " at " + request.getStage()));
        TransitionInput checked = checkInput(transition, input, file);
        WorkingCalendar working = calendar.calendar();
        LocalDate today = calendar.today();
        if (transition.getOutput() == StageOutput.PAYMENT_SLIP) {
            PaymentGateway.Slip slip = payments.issue(request, checked.amountRials());
            request.issueSlip(slip.billId(), slip.paymentId());
        }
        TransitionInput kept = transition.needsTrace()
                ? new TransitionInput(
                        checked.comment(),
                        checked.date(),
                        checked.amountRials(),
                        payments.confirm(request, checked.traceNumber()),
                        checked.hasFile())
                : checked;
        String from = request.getStage();
        RequestEvent event = request.move(transition, kept, actor, working, today, clock.instant());
        attach(request, event, file, STEP_FILE + transition.getCode(), actor);
        desk.add(event);
        desk.flush(request);
        moved.fire(new RequestMoved(
                request, transition.getCode(), from, request.getStage(), request.dueOn(working, today), actor));
        LOG.info(() -> actor + " took " + transitionCode + " on request " + id);
    }

    /** A message on the request from the citizen or from staff who work it, with an optional file. */
    public void message(long id, String text, Upload file) {
        Actor actor = actors.get();
        ServiceRequest request = access.readable(id, actor);
        String body = text == null ? "" : text.strip();
        new Problems()
                .addIf(body.isEmpty(), "message", Problems.REQUIRED)
                .addIf(body.length() > MAX_TEXT, "message", Problems.TOO_LONG)
                .throwIfAny();
        RequestEvent event = request.message(body, actor, clock.instant());
        attach(request, event, file, MESSAGE_FILE, actor);
        desk.add(event);
        desk.flush(request);
        messaged.fire(new RequestMessaged(request, body, actor));
    }

    /** The citizen's rating (1 to 5) and comment on a completed request; once. */
    @Requires(Right.OWN_REQUESTS)
    public void rate(long id, int stars, String comment) {
        Actor actor = actors.get();
        ServiceRequest request = access.readable(id, actor);
        new Problems()
                .addIf(stars < 1 || stars > 5, "rating", "desk.rating.invalid")
                .addIf(comment != null && comment.length() > 2000, "feedback", Problems.TOO_LONG)
                .throwIfAny();
        if (!request.mayBeRated() || !request.isApplicant(actor.account())) {
            throw new Refused("Request " + id + " cannot be rated by " + actor);
        }
        desk.add(request.rate(
                stars, comment == null || comment.isBlank() ? null : comment.strip(), actor, clock.instant()));
        desk.flush(request);
        touched.fire(new RequestTouched(request, "rated", actor));
    }

    /** A file of the request, for its owner or the staff who work it; the download is recorded. */
    public StoredFile download(long documentId) {
        Actor actor = actors.get();
        RequestDocument document =
                desk.document(documentId).orElseThrow(() -> new NotFound("No document " + documentId));
        ServiceRequest request = access.readable(document.getRequestId(), actor);
        desk.add(request.downloaded(document, actor, clock.instant()));
        touched.fire(new RequestTouched(request, "downloaded", actor));
        return new StoredFile(document.getFileName(), document.getMediaType(), desk.content(documentId));
    }

    private TransitionInput checkInput(WorkflowTransition t, TransitionInput input, Upload file) {
        String comment = input.comment() == null || input.comment().isBlank()
                ? null
                : input.comment().strip();
        LocalDate date = input.date();
        Long amount = input.amountRials();
        String trace = input.traceNumber() == null || input.traceNumber().isBlank()
                ? null
                : PersianDigits.toLatin(input.traceNumber().strip());
        new Problems()
                .addIf(t.isNeedsComment() && comment == null, "comment", Problems.REQUIRED)
                .addIf(comment != null && comment.length() > MAX_TEXT, "comment", Problems.TOO_LONG)
                .addIf(t.isNeedsDate() && date == null, "date", Problems.REQUIRED)
                .addIf(date != null && date.isBefore(calendar.today().minusYears(1)), "date", "desk.date.invalid")
                .addIf(t.isNeedsAmount() && amount == null, "amount", Problems.REQUIRED)
                .addIf(t.isNeedsAmount() && amount != null && amount <= 0, "amount", "desk.amount.invalid")
                .addIf(t.isNeedsFile() && file == null, "file", "desk.file.required")
                .addIf(t.needsTrace() && trace == null, "trace", Problems.REQUIRED)
                .throwIfAny();
        return new TransitionInput(comment, input.date(), input.amountRials(), trace, file != null);
    }

    /** Stores the file that came with a step or message, once its content says it is a type the desk takes. */
    private void attach(ServiceRequest request, RequestEvent event, Upload file, String slot, Actor actor) {
        if (file == null) {
            return;
        }
        FileIntake.Checked checked = files.check(file, FileIntake.DOCUMENTS);
        if (!checked.accepted()) {
            throw InvalidInput.of("file", checked.problem());
        }
        RequestDocument document = desk.add(
                new RequestDocument(
                        request.getId(),
                        slot,
                        checked.storedName(),
                        checked.mediaType(),
                        file.size(),
                        actor,
                        clock.instant()),
                file.content());
        event.attach(document.getId());
    }
}
