/**
 * The signed-in person on every page: the name in the header ({@link ir.portal.web.accounts.SignedInUser}) and
 * signing out ({@code /logout}, {@link ir.portal.web.accounts.LogoutServlet}). Signing in is {@code /login.xhtml},
 * backed in {@code ir.portal.web}.
 */
package ir.portal.web.accounts;
