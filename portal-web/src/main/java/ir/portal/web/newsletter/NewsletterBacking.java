package ir.portal.web.newsletter;

import ir.portal.content.application.Newsletter;
import ir.portal.web.i18n.Language;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;

/**
 * {@code /newsletter/}: an address asks for the newsletter and is told that a mail is on its way, whether or not it
 * was on the list. {@code /newsletter/confirm.xhtml?t=} and {@code /newsletter/leave.xhtml?t=}: the links of the
 * mails, each showing a button; the post does it, so a mail scanner that follows links changes nothing.
 */
@Named
@RequestScoped
public class NewsletterBacking {

    @Inject
    private Newsletter newsletter;

    @Inject
    private Language language;

    private String email;
    private String token;
    private boolean asked;
    private boolean answered;
    private boolean done;

    @PostConstruct
    void init() {
        token = Faces.getRequestParameter("t");
    }

    public void subscribe() {
        newsletter.subscribe(email, language.getCode());
        asked = true;
    }

    public void confirm() {
        done = newsletter.confirm(token);
        answered = true;
    }

    public void leave() {
        done = newsletter.leave(token);
        answered = true;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getToken() {
        return token;
    }

    public boolean isAsked() {
        return asked;
    }

    public boolean isAnswered() {
        return answered;
    }

    public boolean isDone() {
        return done;
    }
}
