package ir.portal.desk.application;

import ir.portal.accounts.domain.Account;
import ir.portal.desk.domain.DeskRepository;
import ir.portal.desk.domain.RequestMessaged;
import ir.portal.desk.domain.RequestMoved;
import ir.portal.desk.domain.RequestSubmitted;
import ir.portal.desk.domain.ServiceRequest;
import ir.portal.desk.domain.WorkflowStage;
import ir.portal.i18n.JalaliDate;
import ir.portal.notify.application.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The desk's mails, in the language of the person who gets them (their account's; Persian for a citizen without
 * an account), with texts from the {@code mail} bundles. They are queued in the outbox by observing the desk's
 * events inside the transaction of the change, so a change that rolls back sends nothing. The tracking code stays
 * in Latin digits: in a plain-text mail, Persian digits joined by hyphens would read group by group from the right.
 */
@ApplicationScoped
public class DeskMail {

    private static final String BUNDLE = "ir.portal.desk.mail";

    @Inject
    Outbox outbox;

    @Inject
    DeskRepository desk;

    @Inject
    @ConfigProperty(name = "portal.base-url", defaultValue = "http://localhost:8080")
    String baseUrl;

    void submitted(@Observes RequestSubmitted event) {
        ServiceRequest r = event.request();
        String language = applicantLanguage(r);
        toApplicant(
                r,
                text(language, "submitted.subject", code(r)),
                text(
                        language,
                        "submitted.body",
                        code(r),
                        title(r, language),
                        JalaliDate.format(event.dueOn(), locale(language))));
    }

    void moved(@Observes RequestMoved event) {
        ServiceRequest r = event.request();
        String language = applicantLanguage(r);
        WorkflowStage stage = r.currentStage();
        StringBuilder body = new StringBuilder(text(
                language,
                "moved.body",
                code(r),
                stage.getName().in(language),
                title(r, language),
                Objects.toString(stage.getCitizenView().in(language), "")));
        if (r.getPosition().outcome() == null) {
            body.append('\n').append(text(language, "moved.due", JalaliDate.format(event.dueOn(), locale(language))));
        } else if (r.getOutputs().getAnswer() != null) {
            body.append("\n\n")
                    .append(text(language, "moved.answer", r.getOutputs().getAnswer()));
        }
        toApplicant(r, text(language, "moved.subject", code(r), stage.getName().in(language)), body.toString());
    }

    /** A message from staff goes to the citizen; one from the citizen to the staff who may take the next step. */
    void messaged(@Observes RequestMessaged event) {
        ServiceRequest r = event.request();
        if (event.actor().isStaff()) {
            String language = applicantLanguage(r);
            toApplicant(
                    r,
                    text(language, "to-applicant.subject", code(r)),
                    text(language, "to-applicant.body", code(r), event.text()));
            return;
        }
        String link = baseUrl + "/admin/desk/request.xhtml?id=" + r.getId();
        desk.staffOf(r.getUnit(), r.getPosition().waitingFor()).stream()
                .filter(a -> a.getEmail() != null)
                .forEach(staff -> outbox.queue(
                        staff.getEmail(),
                        text(staff.getLanguage(), "to-staff.subject", code(r)),
                        text(staff.getLanguage(), "to-staff.body", code(r), event.text()) + "\n\n"
                                + text(staff.getLanguage(), "open", link)));
    }

    private void toApplicant(ServiceRequest r, String subject, String body) {
        if (r.getContact().email() != null) {
            outbox.queue(
                    r.getContact().email(),
                    subject,
                    body + "\n\n" + text(applicantLanguage(r), "track", baseUrl + "/track/"));
        }
    }

    private static String applicantLanguage(ServiceRequest r) {
        Account applicant = r.getApplicant();
        return applicant == null ? "fa" : applicant.getLanguage();
    }

    private static Locale locale(String language) {
        return "en".equals(language) ? Locale.ENGLISH : Locale.forLanguageTag("fa-IR");
    }

    private static String text(String language, String key, Object... arguments) {
        String pattern = ResourceBundle.getBundle(BUNDLE, locale(language)).getString(key);
        return new MessageFormat(pattern, locale(language)).format(arguments);
    }

    private static String title(ServiceRequest r, String language) {
        return r.getServiceCard().content().getTitle().in(language);
    }

    private static String code(ServiceRequest r) {
        return r.getTrackingCode().grouped();
    }
}
