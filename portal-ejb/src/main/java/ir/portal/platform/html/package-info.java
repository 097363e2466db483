/** Rich text kept safe to show: {@link ir.portal.platform.html.SafeHtml}. */
package ir.portal.platform.html;
