/**
 * Security of every page: the form login on {@code /login.xhtml} against the account table, the rights the views
 * ask for ({@code #{may.…}}) and the security headers of every response.
 */
package ir.portal.web.security;
