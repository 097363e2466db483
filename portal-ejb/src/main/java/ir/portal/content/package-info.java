/**
 * What citizens come to read, and how each unit keeps it current: news, announcements, tenders, laws, events, FAQ,
 * pages, links and forms, written by a unit's editors, published by its manager or the portal expert through
 * review (the kernel's {@link ir.portal.platform.review}), read by visitors as projections on stateless pages.
 */
package ir.portal.content;
