/**
 * The audit log: who did what to which thing, from where, with the fields before and after; written by observing
 * the features' {@link ir.portal.platform.audit.Audited} domain events inside their transactions, and read by the
 * console's viewer through {@link ir.portal.platform.audit.AuditQueries} (admin only).
 */
package ir.portal.platform.audit;
