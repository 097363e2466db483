/**
 * Who calls and what they may do: the {@link ir.portal.platform.security.CurrentActor current actor}, the
 * {@link ir.portal.platform.security.Role roles}, the {@link ir.portal.platform.security.Right rights} and the
 * one {@link ir.portal.platform.security.Permissions permission map} between them, checked by
 * {@link ir.portal.platform.security.Requires} on services.
 */
package ir.portal.platform.security;
