/** Chart.js configurations, as PrimeFaces' {@code p:chart} takes them, in the reader's language and direction. */
package ir.portal.web.charts;
