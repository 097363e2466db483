/**
 * Backing beans of the console's pages directly under {@code /admin/}: {@code accounts.xhtml}
 * ({@link ir.portal.web.admin.AccountsBacking}), {@code holidays.xhtml} ({@link ir.portal.web.admin.HolidaysBacking}),
 * {@code jobs.xhtml} ({@link ir.portal.web.admin.JobsBacking}) and {@code outbox.xhtml}
 * ({@link ir.portal.web.admin.OutboxBacking}). The console's folders {@code catalog/} and
 * {@code desk/} have their packages below this one.
 */
package ir.portal.web.admin;
