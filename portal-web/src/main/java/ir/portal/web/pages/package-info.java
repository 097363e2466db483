/** Public pages served from memory to anonymous visitors ({@link ir.portal.web.pages.KeptPagesFilter}). */
package ir.portal.web.pages;
