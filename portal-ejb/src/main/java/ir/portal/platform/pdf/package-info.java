/**
 * The fonts every PDF embeds (Vazirmatn), in portal-ejb so that the web's PDFs (card, receipt) and the batch jobs'
 * reports share one copy.
 */
package ir.portal.platform.pdf;
