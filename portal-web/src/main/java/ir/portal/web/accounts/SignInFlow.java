package ir.portal.web.accounts;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import ir.portal.accounts.application.SecondFactor;
import ir.portal.accounts.application.SignInResult;
import ir.portal.accounts.application.SignedInCaller;
import ir.portal.platform.security.Permissions;
import ir.portal.web.i18n.Dates;
import ir.portal.web.i18n.Texts;
import ir.portal.web.security.LocalPath;
import ir.portal.web.security.Rights;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * Takes a sign-in from the answer of one step to the next page: the code page, the enrolment page, the message on
 * the same page, or, once signed in, the container's authentication and the page the person was going to. The
 * session gets a new id before anything is kept in it, so an id someone planted never signs in.
 */
@RequestScoped
public class SignInFlow {

    static final String CODE_PAGE = "/login-code.xhtml";
    static final String ENROL_PAGE = "/login-enrol.xhtml";
    static final String CODES_PAGE = "/me/codes.xhtml";
    public static final String RECOVERY_CODES = "portal.recovery-codes";

    @Inject
    SecurityContext securityContext;

    @Inject
    SecondFactor secondFactor;

    @Inject
    Dates dates;

    @Inject
    Clock clock;

    /** Goes on from a step's answer; {@code next} is where the person was going. */
    public void proceed(SignInResult result, String next) throws IOException {
        HttpServletRequest request = Faces.getRequest();
        switch (result.outcome()) {
            case SIGNED_IN -> signedIn(result, next);
            case SECOND_FACTOR -> {
                freshSession(request)
                        .setAttribute(
                                PendingSignIn.ATTRIBUTE,
                                new PendingSignIn(result.username(), clock.instant(), next, null));
                redirect(CODE_PAGE);
            }
            case ENROL_SECOND_FACTOR -> {
                freshSession(request)
                        .setAttribute(
                                PendingSignIn.ATTRIBUTE,
                                new PendingSignIn(result.username(), clock.instant(), next, secondFactor.newSecret()));
                redirect(ENROL_PAGE);
            }
            default -> refused(result);
        }
    }

    /** The sign-in waiting for its second step in this session, if it is still current. */
    public Optional<PendingSignIn> pending() {
        HttpSession session = Faces.getRequest().getSession(false);
        if (session == null || !(session.getAttribute(PendingSignIn.ATTRIBUTE) instanceof PendingSignIn pending)) {
            return Optional.empty();
        }
        return pending.isCurrent(clock.instant()) ? Optional.of(pending) : Optional.empty();
    }

    private void signedIn(SignInResult result, String next) throws IOException {
        HttpServletRequest request = Faces.getRequest();
        HttpSession session = freshSession(request);
        session.removeAttribute(PendingSignIn.ATTRIBUTE);
        AuthenticationStatus status = securityContext.authenticate(
                request,
                Faces.getResponse(),
                withParams().newAuthentication(true).credential(new SignedInCaller(result)));
        if (status == AuthenticationStatus.SEND_CONTINUE) {
            Faces.responseComplete();
            return;
        }
        if (status != AuthenticationStatus.SUCCESS) {
            Messages.addGlobalError(Texts.text("login.failed"));
            return;
        }
        request.getSession().setAttribute(AccountSessionFilter.SIGNED_IN_AT, clock.millis());
        String target = LocalPath.of(next)
                .orElseGet(() -> Permissions.landing(Rights.roles(request)).orElse("/"));
        if (!result.recoveryCodes().isEmpty()) {
            request.getSession().setAttribute(RECOVERY_CODES, List.copyOf(result.recoveryCodes()));
            target = CODES_PAGE + "?continue=" + URLEncoder.encode(target, StandardCharsets.UTF_8);
        }
        redirect(target);
    }

    private void refused(SignInResult result) {
        String message = switch (result.outcome()) {
            case WRONG ->
                result.seconds() == 0
                        ? Texts.text("login.failed")
                        : Texts.text("login.failed") + " " + dates.count("login.wait", result.seconds());
            case WAIT -> dates.count("login.wait", result.seconds());
            case LOCKED -> dates.count("login.locked", (result.seconds() + 59) / 60);
            case UNCONFIRMED -> Texts.text("login.unconfirmed");
            case PENDING -> Texts.text("login.pending");
            case REJECTED -> Texts.text("login.rejected") + " " + nullToEmpty(result.reason());
            case DISABLED -> Texts.text("login.disabled");
            default -> Texts.text("login.failed");
        };
        Messages.addGlobalError(message.strip());
    }

    private static HttpSession freshSession(HttpServletRequest request) {
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        return request.getSession(true);
    }

    private static void redirect(String path) throws IOException {
        Faces.getExternalContext().redirect(Faces.getRequestContextPath() + path);
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
