package ir.portal.web.security;

import ir.portal.accounts.domain.Roles;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Form login on the portal's own page, against the account table (see
 * {@code ir.portal.accounts.infrastructure.AccountIdentityStore}). The areas each role may open are in
 * {@code web.xml}.
 */
@ApplicationScoped
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login.xhtml", useForwardToLogin = false,
                errorPage = ""))
@DeclareRoles({Roles.CITIZEN, Roles.EDITOR, Roles.UNIT_MANAGER, Roles.PORTAL_EXPERT, Roles.CASE_OFFICER,
        Roles.COUNTER_CLERK, Roles.COMMITTEE, Roles.IT_OPERATOR, Roles.ADMIN})
public class SecurityConfiguration {
}
