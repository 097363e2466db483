/**
 * Where a refusal or failure meets the person, for every page and servlet: the exception handler of the pages
 * (a field's problem next to its input, 404 and 403 as the error pages of {@code WEB-INF/errorpages}) and the filter
 * that does the same for servlets and tells the services where a request came from.
 */
package ir.portal.web.errors;
