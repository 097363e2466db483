/** Field-by-field revision history, shared by every feature whose records people edit. */
package ir.portal.platform.history;
