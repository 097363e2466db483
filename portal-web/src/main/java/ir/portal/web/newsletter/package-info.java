/** The newsletter's public pages: asking for it, confirming by the mailed link, leaving it. */
package ir.portal.web.newsletter;
