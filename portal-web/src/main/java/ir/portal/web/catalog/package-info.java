/**
 * The public catalog: the searchable list of published service cards, a card's page, and the card as a PDF to
 * print in the reader's language.
 */
package ir.portal.web.catalog;
