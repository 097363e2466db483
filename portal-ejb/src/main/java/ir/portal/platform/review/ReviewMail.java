package ir.portal.platform.review;

import ir.portal.accounts.domain.Account;
import ir.portal.accounts.domain.AccountRepository;
import ir.portal.accounts.domain.OrgUnit;
import ir.portal.notify.application.Outbox;
import ir.portal.platform.domain.LocalizedText;
import ir.portal.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The mails of a review, queued in the outbox in the step's transaction and written in each recipient's language:
 * something sent for review to the managers of its unit and to the portal experts (its author left out); the
 * reviewer's decision to its author.
 */
@ApplicationScoped
public class ReviewMail {

    private static final String BUNDLE = "ir.portal.platform.review.mail";

    @Inject
    Outbox outbox;

    @Inject
    AccountRepository accounts;

    @Inject
    @ConfigProperty(name = "portal.base-url", defaultValue = "http://localhost:8080")
    String baseUrl;

    /**
     * What is reviewed: its kind (a key of the mail texts, {@code kind.<kind>}), its unit, title and the console
     * path where it is reviewed.
     */
    public record Subject(String kind, OrgUnit unit, LocalizedText title, String path) {}

    public void submitted(Subject subject, String author) {
        accounts.activeWith(Set.of(Role.UNIT_MANAGER, Role.PORTAL_EXPERT)).stream()
                .filter(a -> a.getRoles().contains(Role.PORTAL_EXPERT)
                        || subject.unit().equals(a.getUnit()))
                .filter(a -> !a.getUsername().equals(author))
                .forEach(a -> send(a, "submitted", subject, author));
    }

    /** The author hears that it was published, or returned with {@code comment}. */
    public void decided(Subject subject, String author, String comment) {
        accounts.findByUsername(author)
                .filter(Account::isActive)
                .ifPresent(a -> send(a, comment == null ? "published" : "returned", subject, comment));
    }

    private void send(Account to, String step, Subject subject, String detail) {
        if (to.getEmail() == null) {
            return;
        }
        Locale locale = "en".equals(to.getLanguage()) ? Locale.ENGLISH : Locale.forLanguageTag("fa-IR");
        ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, locale);
        Object[] arguments = {
            subject.title().in(to.getLanguage()),
            texts.getString("kind." + subject.kind()),
            detail,
            baseUrl + subject.path()
        };
        outbox.queue(
                to.getEmail(),
                new MessageFormat(texts.getString(step + ".subject"), locale).format(arguments),
                new MessageFormat(texts.getString(step + ".body"), locale).format(arguments));
    }
}
