package ir.portal.web;

import ir.portal.accounts.application.SignIn;
import ir.portal.web.accounts.SignInFlow;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import java.io.IOException;
import org.omnifaces.util.Faces;

/**
 * {@code /login.xhtml}: the first step of signing in, the name and password. What the answer means, and where
 * the person goes next, is {@link SignInFlow}'s.
 */
@Named
@RequestScoped
public class LoginBacking {

    @Inject
    private SignIn signIn;

    @Inject
    private SignInFlow flow;

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
        flow.proceed(signIn.password(username, password.toCharArray()), next);
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
