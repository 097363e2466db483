package ir.portal.web.account;

import ir.portal.accounts.application.Registration;
import ir.portal.web.i18n.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** {@code /account/new-password.xhtml?token=}: the link of a reset mail sets a new password, once. */
@Named
@RequestScoped
public class NewPasswordBacking {

    @Inject
    private Registration registration;

    private String token;
    private boolean works;
    private boolean done;
    private String password;
    private String repeat;

    @PostConstruct
    void init() {
        token = Faces.getRequestParameter("token");
        works = registration.resetWorks(token);
    }

    public void save() {
        if (!password.equals(repeat)) {
            Messages.addError("password:repeat", Texts.text("accounts.password.mismatch"));
            return;
        }
        done = registration.resetPassword(token, password);
        works = done;
    }

    public String getToken() {
        return token;
    }

    public boolean isWorks() {
        return works;
    }

    public boolean isDone() {
        return done;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getRepeat() {
        return repeat;
    }

    public void setRepeat(String repeat) {
        this.repeat = repeat;
    }
}
