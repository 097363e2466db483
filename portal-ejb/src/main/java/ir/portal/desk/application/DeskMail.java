package ir.portal.desk.application;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import ir.portal.accounts.domain.Account;
import ir.portal.desk.domain.DeskRepository;
import ir.portal.desk.domain.ServiceRequest;
import ir.portal.desk.domain.TrackingCode;
import ir.portal.desk.domain.WorkflowStage;
import ir.portal.i18n.JalaliDate;
import ir.portal.notify.application.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The desk's mails, Persian first with the English below, queued in the outbox within the change that causes
 * them: the receipt, each new stage, each message, the answer. The tracking code stays in Latin digits: in a
 * plain-text mail, Persian digits joined by hyphens would be shown group by group from the right.
 */
@ApplicationScoped
public class DeskMail {

    private static final Locale FA = Locale.forLanguageTag("fa-IR");

    @Inject
    Outbox outbox;

    @Inject
    DeskRepository desk;

    @Inject
    @ConfigProperty(name = "portal.base-url", defaultValue = "http://localhost:8080")
    String baseUrl;

    void submitted(ServiceRequest r, LocalDate due) {
        String code = code(r);
        toApplicant(r, "ثبت درخواست " + code + " | Request " + code + " received",
                "درخواست شما برای «" + title(r, "fa") + "» ثبت شد.\nکد رهگیری: " + code
                        + "\nتاریخ پاسخ: " + JalaliDate.format(due, FA),
                "Your request for \"" + title(r, "en") + "\" has been received.\nTracking code: " + code
                        + "\nAnswer due: " + JalaliDate.format(due, Locale.ENGLISH));
    }

    void moved(ServiceRequest r, LocalDate due) {
        WorkflowStage stage = r.currentStage();
        String code = code(r);
        String answer = r.getOutcome() == null ? null : r.getOutputs().getAnswer();
        String answerFa = answer == null ? "" : "\n\nپاسخ:\n" + answer;
        String answerEn = answer == null ? "" : "\n\nAnswer:\n" + answer;
        toApplicant(r, "درخواست " + code + ": " + stage.getName().in("fa") + " | Request "
                        + code + ": " + stage.getName().in("en"),
                "درخواست شما برای «" + title(r, "fa") + "» به مرحله‌ی «" + stage.getName().in("fa") + "» رسید.\n"
                        + Objects.toString(stage.getCitizenView().in("fa"), "")
                        + (r.getOutcome() == null ? "\nتاریخ پاسخ: " + JalaliDate.format(due, FA) : "") + answerFa,
                "Your request for \"" + title(r, "en") + "\" is now at \"" + stage.getName().in("en") + "\".\n"
                        + Objects.toString(stage.getCitizenView().in("en"), "") + answerEn);
    }

    void messageToApplicant(ServiceRequest r, String text) {
        String code = code(r);
        toApplicant(r, "پیام تازه درباره‌ی درخواست " + code + " | New message on request "
                + code, "پیام کارشناس:\n" + text, "A message from the officer:\n" + text);
    }

    /** The staff who may take the next step hear of the citizen's message. */
    void messageToStaff(ServiceRequest r, String text) {
        String code = code(r);
        String roles = r.getWaitingFor();
        Arrays.stream(roles.split("\\|")).filter(s -> !s.isBlank())
                .flatMap(role -> desk.staffOf(r.getUnit(), role).stream()).map(Account::getEmail)
                .filter(Objects::nonNull).distinct()
                .forEach(to -> outbox.queue(to, "پیام متقاضی، درخواست " + code
                        + " | Applicant's message, request " + code, text + "\n\n" + baseUrl
                        + "/admin/desk/request.xhtml?id=" + r.getId()));
    }

    private void toApplicant(ServiceRequest r, String subject, String fa, String en) {
        if (r.getEmail() != null) {
            outbox.queue(r.getEmail(), subject, fa + "\n\n" + en + "\n\n" + baseUrl + "/track/");
        }
    }

    private static String title(ServiceRequest r, String language) {
        return r.getServiceCard().content().getTitle().in(language);
    }

    private static String code(ServiceRequest r) {
        return new TrackingCode(r.getTrackingCode()).grouped();
    }
}
