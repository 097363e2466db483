package ir.portal.web.accounts;

import ir.portal.accounts.application.MyAccount;
import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The signed-in person's name for the header, read once per session. Only pages of signed-in users ask for it,
 * so anonymous visitors still get no session.
 */
@Named
@SessionScoped
public class SignedInUser implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MyAccount myAccount;

    private String displayName;

    public String getDisplayName() {
        if (displayName == null) {
            displayName = myAccount.displayName().orElse("");
        }
        return displayName;
    }
}
