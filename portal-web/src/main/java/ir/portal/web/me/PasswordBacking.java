package ir.portal.web.me;

import ir.portal.accounts.application.MyAccount;
import ir.portal.accounts.application.Profile;
import ir.portal.web.accounts.AccountSessionFilter;
import ir.portal.web.i18n.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * {@code /me/password.xhtml}: the signed-in person changes their password with the current one; a first password
 * the admin gave must be changed here before anything else. The session gets a new id; other sessions end.
 */
@Named
@RequestScoped
public class PasswordBacking {

    @Inject
    private MyAccount myAccount;

    @Inject
    private Clock clock;

    private String current;
    private String password;
    private String repeat;

    public boolean isDue() {
        return myAccount.profile().map(Profile::passwordChangeDue).orElse(false);
    }

    public void save() {
        if (!password.equals(repeat)) {
            Messages.addError("password:repeat", Texts.text("accounts.password.mismatch"));
            return;
        }
        myAccount.changePassword(current, password);
        HttpServletRequest request = Faces.getRequest();
        request.changeSessionId();
        // this session began before the change, yet goes on: it is the one that made the change
        request.getSession().setAttribute(AccountSessionFilter.SIGNED_IN_AT, clock.millis());
        Messages.addGlobalInfo(Texts.text("me_password.done"));
    }

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
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
