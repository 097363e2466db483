/**
 * Backing beans of {@code /admin/catalog/}: the cards a member of staff works on ({@code index.xhtml},
 * {@link ir.portal.web.admin.catalog.CardsBacking}), drafting, publishing and withdrawing a card ({@code edit.xhtml},
 * {@link ir.portal.web.admin.catalog.CardEditBacking}) and a card's license card ({@code license.xhtml},
 * {@link ir.portal.web.admin.catalog.LicenseEditBacking}). Their closed lists come from
 * {@link ir.portal.web.catalog.Vocabularies}, shared with the public catalog.
 */
package ir.portal.web.admin.catalog;
