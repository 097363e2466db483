package ir.portal.web.me;

import ir.portal.web.accounts.SignInFlow;
import ir.portal.web.security.LocalPath;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import org.omnifaces.util.Faces;

/**
 * {@code /me/codes.xhtml}: the recovery codes of a new enrolment, shown once. They leave the session as they
 * are read, so a reload shows that they were already shown.
 */
@Named
@RequestScoped
public class RecoveryCodesBacking {

    private List<String> codes = List.of();

    private String next;

    @PostConstruct
    void init() {
        HttpSession session = Faces.getRequest().getSession(false);
        if (session != null && session.getAttribute(SignInFlow.RECOVERY_CODES) instanceof List<?> kept) {
            codes = kept.stream().map(String::valueOf).toList();
            session.removeAttribute(SignInFlow.RECOVERY_CODES);
        }
        next = Faces.getRequestContextPath()
                + LocalPath.of(Faces.getRequestParameter("continue")).orElse("/");
    }

    public List<String> getCodes() {
        return codes;
    }

    public String getNext() {
        return next;
    }
}
