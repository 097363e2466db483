package ir.portal.web;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import ir.portal.web.security.LocalPath;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.constraints.NotBlank;
import java.io.IOException;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * {@code /login.xhtml}: the sign-in form. A session that existed before gets a new id first, so an id someone
 * planted never becomes an authenticated one; a failed attempt ends the session.
 */
@Named
@RequestScoped
public class LoginBacking {

    @Inject
    private SecurityContext securityContext;

    @NotBlank
    private String username;

    @NotBlank
    private String password;

    /** Where the person was going when they were asked to sign in ({@code ?continue=}, then a hidden field). */
    private String next;

    @PostConstruct
    void init() {
        next = Faces.getRequestParameter("continue");
    }

    public void login() throws IOException {
        HttpServletRequest request = Faces.getRequest();
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        AuthenticationStatus status = securityContext.authenticate(
                request,
                Faces.getResponse(),
                withParams()
                        .newAuthentication(true)
                        .credential(new UsernamePasswordCredential(username.strip(), new Password(password))));
        switch (status) {
            case SEND_CONTINUE -> Faces.responseComplete();
            case SUCCESS ->
                Faces.getExternalContext()
                        .redirect(request.getContextPath()
                                + LocalPath.of(next).orElseGet(() -> Landing.pathFor(request)));
            default -> {
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
                Messages.addGlobalError(Faces.getResourceBundle("text").getString("login.failed"));
            }
        }
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
