package ir.portal.web.admin.content;

import ir.portal.content.application.NewsletterDigests;
import ir.portal.web.i18n.Dates;
import ir.portal.web.i18n.Language;
import ir.portal.web.i18n.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.MessageFormat;
import org.omnifaces.util.Messages;

/** The newsletter block of {@code /admin/content/} for the portal expert: the last digest, and "send it now". */
@Named
@RequestScoped
public class NewsletterAdminBacking {

    @Inject
    private NewsletterDigests digests;

    @Inject
    private Dates dates;

    @Inject
    private Language language;

    public String getLast() {
        return digests.last()
                .map(d -> format("admin_newsletter.last", dates.dateTime(d.at()), d.items(), d.recipients()))
                .orElseGet(() -> Texts.text("admin_newsletter.never"));
    }

    public String send() {
        digests.sendNow()
                .ifPresentOrElse(
                        d -> Messages.addFlashGlobalInfo(format("admin_newsletter.sent", d.items(), d.recipients())),
                        () -> Messages.addFlashGlobalWarn(Texts.text("admin_newsletter.nothing")));
        return "/admin/content/?faces-redirect=true";
    }

    private String format(String key, Object... arguments) {
        return new MessageFormat(Texts.text(key), language.getLocale()).format(arguments);
    }
}
