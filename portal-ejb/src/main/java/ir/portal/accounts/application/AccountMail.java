package ir.portal.accounts.application;

import ir.portal.accounts.domain.Account;
import ir.portal.notify.application.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The mails about accounts, queued in the outbox in the caller's transaction and written in the language of the
 * person who gets them, with texts from the {@code mail} bundles of this package.
 */
@ApplicationScoped
public class AccountMail {

    private static final String BUNDLE = "ir.portal.accounts.mail";

    @Inject
    Outbox outbox;

    @Inject
    @ConfigProperty(name = "portal.base-url", defaultValue = "http://localhost:8080")
    String baseUrl;

    /** Mail to the account's own address, in its language: the bundle's {@code kind.subject} and {@code kind.body}. */
    void send(Account to, String kind, Object... arguments) {
        sendTo(to, to.getEmail(), kind, arguments);
    }

    /** Mail in the account's language to an address it gave (one not confirmed yet, say). */
    void sendTo(Account to, String address, String kind, Object... arguments) {
        if (address != null) {
            String language = to.getLanguage();
            outbox.queue(
                    address, text(language, kind + ".subject", arguments), text(language, kind + ".body", arguments));
        }
    }

    /** The full address of a page of the portal, for a link in a mail. */
    String link(String path) {
        return baseUrl + path;
    }

    private static String text(String language, String key, Object... arguments) {
        Locale locale = "en".equals(language) ? Locale.ENGLISH : Locale.forLanguageTag("fa-IR");
        return new MessageFormat(ResourceBundle.getBundle(BUNDLE, locale).getString(key), locale).format(arguments);
    }
}
