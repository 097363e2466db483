/** The public content pages: the home page's blocks, lists of each kind, an item's page. Stateless. */
package ir.portal.web.content;
