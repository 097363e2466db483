package ir.portal.desk.application;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

import ir.portal.accounts.domain.Roles;
import ir.portal.desk.domain.Actor;
import ir.portal.desk.domain.Applicant;
import ir.portal.desk.domain.DeskRepository;
import ir.portal.desk.domain.DocumentSlot;
import ir.portal.desk.domain.FormField;
import ir.portal.desk.domain.MobileNumber;
import ir.portal.desk.domain.NationalId;
import ir.portal.desk.domain.RequestDocument;
import ir.portal.desk.domain.ServiceRequest;
import ir.portal.desk.domain.WorkflowDefinition;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * Takes in a request in one transaction: the form checked field by field, the documents checked by their content,
 * a fresh tracking code, the first line of the history and the citizen's mail. Called through
 * {@link DeskSubmission}, which makes resubmission harmless.
 */
@Stateless
@RolesAllowed({Roles.CITIZEN, Roles.COUNTER_CLERK})
public class DeskIntake {

    private static final Logger LOG = Logger.getLogger(DeskIntake.class.getName());

    private final Clock clock = Clock.systemUTC();

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
    FormCheck formCheck;

    @Inject
    DeskMail mail;

    @Inject
    TrackingCodes codes;

    public Receipt submit(SubmissionForm form, List<Upload> uploads, String client) {
        Actor actor = callers.actor(context, client);
        WorkflowDefinition workflow = desk.activeWorkflow(form.getServiceId())
                .filter(w -> w.getServiceCard().isPublished())
                .orElseThrow(() -> new InvalidSubmission(Map.of("service", "desk.service.unavailable")));
        Map<String, String> problems = new LinkedHashMap<>();
        boolean citizen = actor.hasRole(Roles.CITIZEN);
        String name = blank(form.getName()) && citizen ? actor.account().getDisplayName() : form.getName();
        String email = blank(form.getEmail()) && citizen ? actor.account().getEmail() : form.getEmail();
        Optional<NationalId> nationalId = formCheck.nationalId(form.getNationalId(), "nationalId", problems);
        Optional<MobileNumber> mobile = formCheck.mobile(form.getMobile(), "mobile", problems);
        formCheck.name(name, "name", problems);
        formCheck.email(email, "email", problems);
        Map<String, String> values = new LinkedHashMap<>();
        for (FormField field : workflow.fields()) {
            formCheck.field(field, form.getFields().get(field.getCode()), problems)
                    .ifPresent(v -> values.put(field.getCode(), v));
        }
        Map<String, String> types = new LinkedHashMap<>();
        for (DocumentSlot slot : workflow.documents()) {
            Optional<Upload> upload = uploads.stream().filter(u -> u.slot().equals(slot.getCode())).findFirst();
            if (upload.isEmpty()) {
                if (slot.isRequired()) {
                    problems.put("document." + slot.getCode(), "desk.file.required");
                }
                continue;
            }
            FileTypes.Checked checked = fileTypes.check(upload.get());
            if (checked.accepted()) {
                types.put(slot.getCode(), checked.mediaType());
            } else {
                problems.put("document." + slot.getCode(), checked.problem());
            }
        }
        if (blank(form.getFormToken())) {
            problems.put("formToken", "desk.form.expired");
        }
        if (!problems.isEmpty()) {
            throw new InvalidSubmission(problems);
        }
        Applicant applicant = new Applicant(citizen ? actor.account() : null, nationalId.orElseThrow(), name.strip(),
                mobile.orElseThrow(), blank(email) ? null : email.strip());
        ServiceRequest request = ServiceRequest.submit(workflow, applicant, values, codes.fresh(), form.getFormToken(),
                actor, calendar.calendar(), calendar.today(), clock.instant());
        desk.add(request);
        desk.add(request.submittedEvent(actor));
        for (Upload upload : uploads) {
            String type = types.get(upload.slot());
            if (type != null) {
                desk.add(new RequestDocument(request.getId(), upload.slot(), safeName(upload.fileName()), type,
                        upload.size(), actor, clock.instant()), upload.content());
            }
        }
        mail.submitted(request, request.dueOn(calendar.calendar(), calendar.today()));
        LOG.info(() -> actor.account().getUsername() + " submitted request " + request.getId() + " for service "
                + form.getServiceId());
        return receipt(request);
    }

    /** The receipt of the request this form already made, if it made one. */
    public Optional<Receipt> earlier(String formToken) {
        if (blank(formToken)) {
            return Optional.empty();
        }
        String caller = context.getCallerPrincipal().getName();
        return desk.byFormToken(formToken).filter(r -> r.getSubmittedBy().getUsername().equals(caller))
                .map(this::receipt);
    }

    private Receipt receipt(ServiceRequest request) {
        return DeskViews.receipt(request, calendar.calendar(), calendar.today());
    }


    static String safeName(String fileName) {
        String name = fileName == null ? "" : fileName.replaceAll(".*[/\\\\]", "").replaceAll("[\\p{Cntrl}\"]", "");
        return name.isBlank() ? "document" : name.substring(0, Math.min(200, name.length()));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
