package ir.portal.desk.application;

import ir.portal.desk.domain.Applicant;
import ir.portal.desk.domain.DeskRepository;
import ir.portal.desk.domain.DocumentSlot;
import ir.portal.desk.domain.FormField;
import ir.portal.desk.domain.RequestDocument;
import ir.portal.desk.domain.RequestSubmitted;
import ir.portal.desk.domain.ServiceRequest;
import ir.portal.desk.domain.WorkflowDefinition;
import ir.portal.identifiers.MobileNumber;
import ir.portal.identifiers.NationalId;
import ir.portal.platform.errors.InvalidInput;
import ir.portal.platform.errors.Problems;
import ir.portal.platform.files.FileIntake;
import ir.portal.platform.files.Upload;
import ir.portal.platform.security.Actor;
import ir.portal.platform.security.CurrentActor;
import ir.portal.platform.security.Requires;
import ir.portal.platform.security.Right;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Takes in a request in one transaction: the form checked field by field, the documents checked by their content,
 * a fresh tracking code, the first line of the history and the citizen's mail. Called through
 * {@link DeskSubmission}, which makes resubmission harmless.
 */
@Stateless
@Requires({Right.OWN_REQUESTS, Right.REQUESTS_SUBMIT_FOR_CITIZEN})
public class DeskIntake {

    private static final Logger LOG = Logger.getLogger(DeskIntake.class.getName());

    @Inject
    Clock clock;

    @Inject
    CurrentActor actors;

    @Inject
    DeskRepository desk;

    @Inject
    DeskCalendar calendar;

    @Inject
    FileIntake files;

    @Inject
    FormCheck formCheck;

    @Inject
    Event<RequestSubmitted> submitted;

    @Inject
    TrackingCodes codes;

    public Receipt submit(SubmissionForm form, List<Upload> uploads) {
        Actor actor = actors.get();
        WorkflowDefinition workflow = desk.activeWorkflow(form.getServiceId())
                .filter(w -> w.getServiceCard().isPublished())
                .orElseThrow(() -> InvalidInput.of("service", "desk.service.unavailable"));
        Problems problems = new Problems();
        boolean citizen = actor.may(Right.OWN_REQUESTS);
        String name = blank(form.getName()) && citizen ? actor.account().getDisplayName() : form.getName();
        String email = blank(form.getEmail()) && citizen ? actor.account().getEmail() : form.getEmail();
        String own = citizen ? actor.account().getNationalId() : null;
        String typedId = blank(form.getNationalId()) && own != null && !form.isOnBehalf() ? own : form.getNationalId();
        Optional<NationalId> nationalId = formCheck.nationalId(typedId, "nationalId", problems);
        // a citizen's request is theirs unless they say it is for someone else
        boolean onBehalf =
                own != null && nationalId.filter(id -> !id.value().equals(own)).isPresent();
        problems.addIf(onBehalf && !form.isOnBehalf(), "nationalId", "desk.national-id.not-yours");
        Optional<MobileNumber> mobile = formCheck.mobile(form.getMobile(), "mobile", problems);
        formCheck.name(name, "name", problems);
        formCheck.email(email, "email", problems);
        Map<String, String> values = new LinkedHashMap<>();
        for (FormField field : workflow.fields()) {
            formCheck
                    .field(field, form.getFields().get(field.getCode()), problems)
                    .ifPresent(v -> values.put(field.getCode(), v));
        }
        Map<String, FileIntake.Checked> accepted = new LinkedHashMap<>();
        for (DocumentSlot slot : workflow.documents()) {
            Optional<Upload> upload = uploads.stream()
                    .filter(u -> u.slot().equals(slot.getCode()))
                    .findFirst();
            if (upload.isEmpty()) {
                if (slot.isRequired()) {
                    problems.add("document." + slot.getCode(), "desk.file.required");
                }
                continue;
            }
            FileIntake.Checked checked = files.check(upload.get(), FileIntake.DOCUMENTS);
            if (checked.accepted()) {
                accepted.put(slot.getCode(), checked);
            } else {
                problems.add("document." + slot.getCode(), checked.problem());
            }
        }
        problems.addIf(blank(form.getFormToken()), "formToken", "desk.form.expired")
                .throwIfAny();
        Applicant applicant = new Applicant(
                citizen ? actor.account() : null,
                nationalId.orElseThrow(),
                name.strip(),
                mobile.orElseThrow(),
                blank(email) ? null : email.strip(),
                onBehalf);
        ServiceRequest request = ServiceRequest.submit(
                workflow,
                applicant,
                values,
                codes.fresh(),
                form.getFormToken(),
                actor,
                calendar.calendar(),
                calendar.today(),
                clock.instant());
        desk.add(request);
        desk.add(request.submittedEvent(actor));
        for (Upload upload : uploads) {
            FileIntake.Checked file = accepted.get(upload.slot());
            if (file != null) {
                desk.add(
                        new RequestDocument(
                                request.getId(),
                                upload.slot(),
                                file.storedName(),
                                file.mediaType(),
                                upload.size(),
                                actor,
                                clock.instant()),
                        upload.content());
            }
        }
        submitted.fire(new RequestSubmitted(request, request.dueOn(calendar.calendar(), calendar.today()), actor));
        LOG.info(() -> actor + " submitted request " + request.getId() + " for service " + form.getServiceId());
        return receipt(request);
    }

    /** The receipt of the request this form already made, if it made one. */
    public Optional<Receipt> earlier(String formToken) {
        if (blank(formToken)) {
            return Optional.empty();
        }
        String caller = actors.get().username();
        return desk.byFormToken(formToken)
                .filter(r -> r.getSubmittedBy().getUsername().equals(caller))
                .map(this::receipt);
    }

    private Receipt receipt(ServiceRequest request) {
        return DeskViews.receipt(request, calendar.calendar(), calendar.today());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
