/**
 * The portal's screens: Facelets views in {@code src/main/webapp}, one folder per area, and their backing beans in
 * the package of the same path: {@code admin} ({@code /admin/*.xhtml}), {@code admin.catalog}, {@code admin.desk},
 * {@code my}, {@code track}, {@code desk} (also the request form and page that {@code /my/} and {@code /admin/desk/}
 * share) and {@code catalog}. Beside them: what every page uses ({@code accounts}, {@code i18n}, {@code security},
 * {@code errors}) and the JSON API ({@code api}).
 *
 * <p>This package backs {@code /login.xhtml} ({@link ir.portal.web.LoginBacking}, with {@code Landing}, where each
 * person starts after signing in; the mechanism that sends people there is
 * {@link ir.portal.web.security.SecurityConfiguration}) and holds {@link ir.portal.web.Ids}, the one reading of an id
 * in an address. The home page, the console's start page and {@code /committee/} need no backing bean.
 */
package ir.portal.web;
