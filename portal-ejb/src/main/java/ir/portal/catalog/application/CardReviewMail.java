package ir.portal.catalog.application;

import ir.portal.accounts.domain.Account;
import ir.portal.accounts.domain.AccountRepository;
import ir.portal.catalog.domain.ServiceCard;
import ir.portal.notify.application.Outbox;
import ir.portal.platform.review.PendingRevision;
import ir.portal.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The mails of a published card's review, queued in the outbox in the step's transaction and written in each
 * recipient's language: a revision sent for review to the managers of the card's unit and to the portal experts;
 * the reviewer's decision to the revision's author.
 */
@ApplicationScoped
class CardReviewMail {

    private static final String BUNDLE = "ir.portal.catalog.mail";

    @Inject
    Outbox outbox;

    @Inject
    AccountRepository accounts;

    @Inject
    @ConfigProperty(name = "portal.base-url", defaultValue = "http://localhost:8080")
    String baseUrl;

    void submitted(ServiceCard card, PendingRevision revision) {
        String link = link(card);
        accounts.activeWith(Set.of(Role.UNIT_MANAGER, Role.PORTAL_EXPERT)).stream()
                .filter(a -> a.getRoles().contains(Role.PORTAL_EXPERT)
                        || card.getUnit().equals(a.getUnit()))
                .filter(a -> !a.getUsername().equals(revision.getEditedBy()))
                .forEach(a -> send(a, "submitted", title(card, a), revision.getEditedBy(), link));
    }

    /** The author hears that the revision was published, or returned with {@code comment}. */
    void decided(ServiceCard card, PendingRevision revision, String comment) {
        accounts.findByUsername(revision.getEditedBy())
                .filter(Account::isActive)
                .ifPresent(a -> {
                    if (comment == null) {
                        send(a, "published", title(card, a), link(card));
                    } else {
                        send(a, "returned", title(card, a), comment, link(card));
                    }
                });
    }

    private String link(ServiceCard card) {
        return baseUrl + "/admin/catalog/edit.xhtml?id=" + card.getId();
    }

    private static String title(ServiceCard card, Account to) {
        String en = card.content().getTitle().getEn();
        return "en".equals(to.getLanguage()) && en != null && !en.isBlank()
                ? en
                : card.content().getTitle().getFa();
    }

    private void send(Account to, String kind, Object... arguments) {
        if (to.getEmail() != null) {
            outbox.queue(to.getEmail(), text(to, kind + ".subject", arguments), text(to, kind + ".body", arguments));
        }
    }

    private static String text(Account to, String key, Object... arguments) {
        Locale locale = "en".equals(to.getLanguage()) ? Locale.ENGLISH : Locale.forLanguageTag("fa-IR");
        return new MessageFormat(ResourceBundle.getBundle(BUNDLE, locale).getString(key), locale).format(arguments);
    }
}
