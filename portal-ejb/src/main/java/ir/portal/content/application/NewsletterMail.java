package ir.portal.content.application;

import ir.portal.content.domain.Subscriber;
import ir.portal.notify.application.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The newsletter's mails, queued in the outbox in the caller's transaction and written in the subscriber's
 * language; every one ends with the link that takes the address off the list.
 */
@ApplicationScoped
public class NewsletterMail {

    private static final String BUNDLE = "ir.portal.content.newsletter";

    @Inject
    Outbox outbox;

    @Inject
    @ConfigProperty(name = "portal.base-url", defaultValue = "http://localhost:8080")
    String baseUrl;

    /** The link to confirm with, or, to an address on the list already, a word that nothing is needed. */
    void confirmation(Subscriber to, String token, boolean already) {
        send(to, already ? "already" : "confirm", link("/newsletter/confirm.xhtml", token), null);
    }

    /** The items published since the last digest, a title, its kind and its address each. */
    void digest(Subscriber to, List<ContentSummary> items) {
        ResourceBundle texts = texts(to);
        Locale locale = texts.getLocale();
        String list = items.stream()
                .map(i -> new MessageFormat(texts.getString("digest.item"), locale).format(new Object[] {
                    i.title(to.getLanguage()), kind(i, to), baseUrl + "/content/item.xhtml?id=" + i.id()
                }))
                .collect(Collectors.joining("\n\n"));
        send(to, "digest", list, items.size());
    }

    private static String kind(ContentSummary item, Subscriber to) {
        return texts(to).getString("kind." + item.kind().name());
    }

    private void send(Subscriber to, String step, String detail, Integer count) {
        ResourceBundle texts = texts(to);
        Locale locale = texts.getLocale();
        Object[] subject = {texts.getString("site"), count};
        Object[] body = {texts.getString("site"), detail, link("/newsletter/leave.xhtml", to.getLeaveToken())};
        outbox.queue(
                to.getEmail(),
                new MessageFormat(texts.getString(step + ".subject"), locale).format(subject),
                new MessageFormat(texts.getString(step + ".body"), locale).format(body));
    }

    private String link(String path, String token) {
        return baseUrl + path + "?t=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
    }

    private static ResourceBundle texts(Subscriber to) {
        return ResourceBundle.getBundle(BUNDLE, locale(to));
    }

    private static Locale locale(Subscriber to) {
        return "en".equals(to.getLanguage()) ? Locale.ENGLISH : Locale.forLanguageTag("fa-IR");
    }
}
