/**
 * Backing bean of {@code /my/}, the citizen's area: the list of their requests ({@code index.xhtml},
 * {@link ir.portal.web.my.MyRequestsBacking}). The folder's {@code new.xhtml} and {@code request.xhtml} show the same
 * includes as {@code /admin/desk/}, so their beans are in {@code ir.portal.web.desk}.
 */
package ir.portal.web.my;
