/** The visitor widget of seeds/001: its own small endpoint, so the page around it stays a kept page. */
package ir.portal.web.visitors;
