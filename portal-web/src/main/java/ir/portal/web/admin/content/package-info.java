/** The console's content screens: the items of one's unit, written, reviewed and published. */
package ir.portal.web.admin.content;
