package ir.portal.web;

import ir.portal.accounts.application.SecondFactor;
import ir.portal.accounts.application.SignIn;
import ir.portal.web.accounts.PendingSignIn;
import ir.portal.web.accounts.SignInFlow;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import java.io.IOException;
import java.util.Base64;
import java.util.Optional;
import org.omnifaces.util.Faces;

/**
 * {@code /login-code.xhtml} and {@code /login-enrol.xhtml}: the second step of signing in, for a sign-in whose
 * password was right in this session a moment ago. Without one, the pages send the person back to the first
 * step.
 */
@Named
@RequestScoped
public class SecondStepBacking {

    @Inject
    private SignIn signIn;

    @Inject
    private SecondFactor secondFactor;

    @Inject
    private SignInFlow flow;

    @NotBlank
    private String code;

    private PendingSignIn pending;

    @PostConstruct
    void init() {
        pending = flow.pending().orElse(null);
    }

    /** Sends the person back to the password step when there is no sign-in to go on with. */
    public void requirePending() throws IOException {
        if (pending == null && !Faces.isPostback()) {
            Faces.getExternalContext().redirect(Faces.getRequestContextPath() + "/login.xhtml");
        }
    }

    public void verify() throws IOException {
        if (pending == null) {
            Faces.getExternalContext().redirect(Faces.getRequestContextPath() + "/login.xhtml");
            return;
        }
        flow.proceed(signIn.code(pending.username(), code), pending.next());
    }

    public void enrol() throws IOException {
        if (pending == null || !pending.isEnrolling()) {
            Faces.getExternalContext().redirect(Faces.getRequestContextPath() + "/login.xhtml");
            return;
        }
        flow.proceed(signIn.enrol(pending.username(), pending.enrolSecret(), code), pending.next());
    }

    /** The secret in groups of four, for typing it into an app by hand. */
    public String getSecret() {
        return Optional.ofNullable(pending)
                .map(PendingSignIn::enrolSecret)
                .map(s -> s.replaceAll("(.{4})(?!$)", "$1 "))
                .orElse("");
    }

    /** The QR code of the secret as a data URI (the page's policy allows {@code data:} images). */
    public String getQrCode() {
        if (pending == null || !pending.isEnrolling()) {
            return "";
        }
        byte[] png = secondFactor.qrCode(pending.username(), pending.enrolSecret());
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
