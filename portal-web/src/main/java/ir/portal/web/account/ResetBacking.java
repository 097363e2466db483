package ir.portal.web.account;

import ir.portal.accounts.application.Registration;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** {@code /account/reset.xhtml}: asks for a reset link; the answer is the same whether the name has an account. */
@Named
@RequestScoped
public class ResetBacking {

    @Inject
    private Registration registration;

    private String username;
    private boolean sent;

    public void send() {
        registration.requestReset(username);
        sent = true;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public boolean isSent() {
        return sent;
    }
}
