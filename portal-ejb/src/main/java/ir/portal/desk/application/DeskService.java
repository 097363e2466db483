package ir.portal.desk.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Logger;

import ir.portal.accounts.domain.Roles;
import ir.portal.desk.domain.Actor;
import ir.portal.desk.domain.DeskRepository;
import ir.portal.desk.domain.RequestDocument;
import ir.portal.desk.domain.RequestEvent;
import ir.portal.desk.domain.ServiceRequest;
import ir.portal.desk.domain.StageOutput;
import ir.portal.desk.domain.TransitionInput;
import ir.portal.desk.domain.WorkflowTransition;
import ir.portal.desk.domain.WorkingCalendar;
import ir.portal.platform.domain.ConcurrentEditException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;

/**
 * What people do to a request once it is in: take a step of its workflow, write a message, rate it, download one
 * of its files. Every one of these is checked against the caller's role, unit and ownership here, and written to
 * the request's history with who, when and from where.
 */
@Stateless
@RolesAllowed({Roles.CITIZEN, Roles.CASE_OFFICER, Roles.COUNTER_CLERK, Roles.UNIT_MANAGER, Roles.PORTAL_EXPERT})
public class DeskService {

    private static final Logger LOG = Logger.getLogger(DeskService.class.getName());

    private static final int MAX_TEXT = 4000;

    @Resource
    SessionContext context;

    @Inject
    DeskRepository desk;

    @Inject
    DeskCalendar calendar;

    @Inject
    Callers callers;

    @Inject
    FileTypes fileTypes;

    @Inject
    DeskMail mail;

    @Inject
    PaymentGateway payments;

    @Inject
    RequestAccess access;

    /**
     * Takes a step. The version is the one the person saw: if someone else moved the request since, nothing
     * happens and they are told.
     */
    public void move(long id, long version, String transitionCode, TransitionInput input, Upload file,
            String client) {
        Actor actor = callers.actor(context, client);
        ServiceRequest request = forChange(id, version, actor);
        WorkflowTransition transition = request.getWorkflow().transition(request.getStage(), transitionCode)
                .filter(t -> request.allows(t, actor))
                .orElseThrow(() -> new TransitionRefused(actor.account().getUsername() + " may not take "
                        + transitionCode + " on request " + id + " at " + request.getStage()));
        TransitionInput checked = checkInput(transition, input, file);
        WorkingCalendar working = calendar.calendar();
        LocalDate today = calendar.today();
        if (transition.getOutput() == StageOutput.PAYMENT_SLIP) {
            PaymentGateway.Slip slip = payments.issue(request, checked.amountRials());
            request.issueSlip(slip.billId(), slip.paymentId());
        }
        TransitionInput kept = transition.getOutput() == StageOutput.PAYMENT_CONFIRMED
                ? new TransitionInput(payments.confirm(request, checked.comment()), checked.date(),
                        checked.amountRials(), checked.hasFile())
                : checked;
        RequestEvent event = request.move(transition, kept, actor, working, today, Clock.systemUTC().instant());
        attach(request, event, file, "transition." + transition.getCode(), actor);
        desk.add(event);
        flush(request);
        mail.moved(request, request.dueOn(working, today));
        LOG.info(() -> actor.account().getUsername() + " took " + transitionCode + " on request " + id);
    }

    /** A message on the request from the citizen or from staff who work it, with an optional file. */
    public void message(long id, String text, Upload file, String client) {
        Actor actor = callers.actor(context, client);
        ServiceRequest request = access.readable(id, actor);
        String body = text == null ? "" : text.strip();
        if (body.isEmpty() || body.length() > MAX_TEXT) {
            throw new InvalidSubmission(Map.of("message", body.isEmpty() ? "desk.required" : "desk.too-long"));
        }
        RequestEvent event = request.message(body, actor, Clock.systemUTC().instant());
        attach(request, event, file, "message", actor);
        desk.add(event);
        flush(request);
        if (actor.isStaff()) {
            mail.messageToApplicant(request, body);
        } else {
            mail.messageToStaff(request, body);
        }
    }

    /** The citizen's rating (1 to 5) and comment on a completed request; once. */
    @RolesAllowed(Roles.CITIZEN)
    public void rate(long id, int stars, String comment, String client) {
        Actor actor = callers.actor(context, client);
        ServiceRequest request = access.readable(id, actor);
        Map<String, String> problems = new LinkedHashMap<>();
        if (stars < 1 || stars > 5) {
            problems.put("rating", "desk.rating.invalid");
        }
        if (comment != null && comment.length() > 2000) {
            problems.put("feedback", "desk.too-long");
        }
        if (!problems.isEmpty()) {
            throw new InvalidSubmission(problems);
        }
        if (!request.mayBeRated() || !request.isApplicant(actor.account())) {
            throw new TransitionRefused("Request " + id + " cannot be rated by " + actor.account().getUsername());
        }
        desk.add(request.rate(stars, comment == null || comment.isBlank() ? null : comment.strip(), actor,
                Clock.systemUTC().instant()));
        flush(request);
    }

    /** A file of the request, for its owner or the staff who work it; the download is recorded. */
    public DownloadedFile download(long documentId, String client) {
        Actor actor = callers.actor(context, client);
        RequestDocument document = desk.document(documentId)
                .orElseThrow(() -> new RequestNotFound("No document " + documentId));
        ServiceRequest request = access.readable(document.getRequestId(), actor);
        desk.add(request.downloaded(document, actor, Clock.systemUTC().instant()));
        return new DownloadedFile(document.getFileName(), document.getMediaType(), desk.content(documentId));
    }

    private ServiceRequest forChange(long id, long version, Actor actor) {
        access.readable(id, actor);
        try {
            return desk.findForChange(id, version).orElseThrow(() -> new RequestNotFound("No request " + id));
        } catch (OptimisticLockException e) {
            throw new ConcurrentEditException("Request " + id, e);
        }
    }

    private void flush(ServiceRequest request) {
        try {
            desk.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentEditException("Request " + request.getId(), e);
        }
    }

    private TransitionInput checkInput(WorkflowTransition t, TransitionInput input, Upload file) {
        Map<String, String> problems = new LinkedHashMap<>();
        String comment = input.comment() == null || input.comment().isBlank() ? null : input.comment().strip();
        if (t.isNeedsComment() && comment == null) {
            problems.put("comment", "desk.required");
        } else if (comment != null && comment.length() > MAX_TEXT) {
            problems.put("comment", "desk.too-long");
        }
        if (t.isNeedsDate() && input.date() == null) {
            problems.put("date", "desk.required");
        } else if (input.date() != null && input.date().isBefore(calendar.today().minusYears(1))) {
            problems.put("date", "desk.date.invalid");
        }
        if (t.isNeedsAmount() && (input.amountRials() == null || input.amountRials() <= 0)) {
            problems.put("amount", input.amountRials() == null ? "desk.required" : "desk.amount.invalid");
        }
        if (t.isNeedsFile() && file == null) {
            problems.put("file", "desk.file.required");
        }
        if (!problems.isEmpty()) {
            throw new InvalidSubmission(problems);
        }
        return new TransitionInput(comment, input.date(), input.amountRials(), file != null);
    }

    /** Stores the file that came with a step or message, once its content says it is a type the desk takes. */
    private void attach(ServiceRequest request, RequestEvent event, Upload file, String slot, Actor actor) {
        if (file == null) {
            return;
        }
        FileTypes.Checked checked = fileTypes.check(file);
        if (!checked.accepted()) {
            throw new InvalidSubmission(Map.of("file", checked.problem()));
        }
        RequestDocument document = desk.add(new RequestDocument(request.getId(), slot,
                DeskIntake.safeName(file.fileName()), checked.mediaType(), file.size(), actor,
                Clock.systemUTC().instant()), file.content());
        event.attach(document.getId());
    }

    /** A file as it is sent to the browser. */
    public record DownloadedFile(String fileName, String mediaType, byte[] content) {
    }
}
