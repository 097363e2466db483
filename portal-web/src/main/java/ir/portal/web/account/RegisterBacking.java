package ir.portal.web.account;

import ir.portal.accounts.application.Registration;
import ir.portal.accounts.application.RegistrationForm;
import ir.portal.web.i18n.Language;
import ir.portal.web.i18n.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Messages;

/**
 * {@code /account/register.xhtml}: a citizen registers. Whatever the national ID, the answer is the same mail
 * notice ({@link Registration} tells an existing owner by mail instead).
 */
@Named
@RequestScoped
public class RegisterBacking {

    @Inject
    private Registration registration;

    @Inject
    private Language language;

    private String nationalId;
    private String displayName;
    private String mobile;
    private String email;
    private String password;
    private String repeat;
    private boolean done;

    public void register() {
        if (!password.equals(repeat)) {
            Messages.addError("register:repeat", Texts.text("accounts.password.mismatch"));
            return;
        }
        registration.register(
                new RegistrationForm(nationalId, displayName, mobile, email, password, language.getCode()));
        done = true;
    }

    public boolean isDone() {
        return done;
    }

    public String getNationalId() {
        return nationalId;
    }

    public void setNationalId(String nationalId) {
        this.nationalId = nationalId;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getMobile() {
        return mobile;
    }

    public void setMobile(String mobile) {
        this.mobile = mobile;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
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
