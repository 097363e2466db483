/**
 * The kernel every feature stands on, so that none writes its own: the entity base with its id sequence and
 * optimistic lock ({@code domain}); the repository base with {@code findForChange} ({@code persistence}); the
 * business exceptions that the web turns into messages or 403/404 pages ({@code errors}); the current actor, the
 * roles, rights and the one permission map ({@code security}); the one clock ({@code time}); paging
 * ({@code paging}); field-by-field revision history ({@code history}); the audit log written by observing domain
 * events ({@code audit}); file intake ({@code files}); the request throttle shared by every node
 * ({@code throttle}); the job console's interface ({@code jobs}); the schema migration that runs before anything
 * touches the database ({@code infrastructure}).
 */
package ir.portal.platform;
