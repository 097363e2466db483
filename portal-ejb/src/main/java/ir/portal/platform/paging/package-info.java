/** Paging of long lists: what a screen asks for and the page it gets, counted in the database. */
package ir.portal.platform.paging;
