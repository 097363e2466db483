/**
 * The reader's language on every page: the language of the request (a cookie, so public pages keep no session) and
 * its switch ({@code /lang/*}), the bundles' texts ({@code text_fa}, {@code text_en} beside these classes), Jalali
 * dates and Persian digits for display, and the converters that read dates and numbers in any digits.
 */
package ir.portal.web.i18n;
