/**
 * Backing beans of {@code /catalog/}, the public catalog: the search ({@code index.xhtml},
 * {@link ir.portal.web.catalog.CatalogBacking}), one card ({@code card.xhtml},
 * {@link ir.portal.web.catalog.CardBacking}) and its PDF ({@code /catalog/card.pdf},
 * {@link ir.portal.web.catalog.CardPdfServlet} writing {@code CardPdf}). {@link ir.portal.web.catalog.Vocabularies},
 * the card's closed lists, serves these pages and the console's card forms ({@code ir.portal.web.admin.catalog}).
 */
package ir.portal.web.catalog;
