/** The one clock and zone of the portal, which tests move forward instead of editing rows. */
package ir.portal.platform.time;
