package ir.portal.web.account;

import ir.portal.accounts.application.Registration;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;

/**
 * {@code /account/confirm.xhtml?token=}: the link of a confirmation mail. Opening it shows a button; the post
 * confirms, so a mail scanner that follows links cannot use the link up.
 */
@Named
@RequestScoped
public class ConfirmBacking {

    @Inject
    private Registration registration;

    private String token;
    private boolean answered;
    private boolean confirmed;

    @PostConstruct
    void init() {
        token = Faces.getRequestParameter("token");
    }

    public void confirm() {
        confirmed = registration.confirm(token);
        answered = true;
    }

    public String getToken() {
        return token;
    }

    public boolean isAnswered() {
        return answered;
    }

    public boolean isConfirmed() {
        return confirmed;
    }
}
