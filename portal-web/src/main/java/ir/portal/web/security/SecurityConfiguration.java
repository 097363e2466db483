package ir.portal.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Form login on the portal's own page, against the account table (see
 * {@code ir.portal.accounts.infrastructure.AccountIdentityStore}). The areas each role may open, and the roles
 * themselves, are in {@code web.xml}; what each role may do is {@code ir.portal.platform.security.Permissions}.
 */
@ApplicationScoped
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login.xhtml", useForwardToLogin = false, errorPage = ""))
public class SecurityConfiguration {}
