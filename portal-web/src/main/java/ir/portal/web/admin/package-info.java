/**
 * Backing beans of the console's pages directly under {@code /admin/}: {@code accounts.xhtml}
 * ({@link ir.portal.web.admin.AccountsBacking}), {@code audit.xhtml} ({@link ir.portal.web.admin.AuditBacking}),
 * {@code holidays.xhtml} ({@link ir.portal.web.admin.HolidaysBacking}), {@code jobs.xhtml}
 * ({@link ir.portal.web.admin.JobsBacking}), {@code outbox.xhtml} ({@link ir.portal.web.admin.OutboxBacking}) and
 * {@code units.xhtml} ({@link ir.portal.web.admin.UnitsBacking}). The console's folders {@code catalog/} and
 * {@code desk/} have their packages below this one.
 */
package ir.portal.web.admin;
