/**
 * Editorial review, the kernel's part of it: a change to something already public (a service card, a page, a news
 * item) is kept as the item's one {@link ir.portal.platform.review.PendingRevision}, a snapshot of the whole edited
 * item, while the published one stays live; its author sends it for review, the reviewer publishes it or returns it
 * with a comment. {@link ir.portal.platform.review.Snapshots} writes and reads the snapshots. Each feature says
 * who may review what and what publishing a snapshot means for its items.
 */
package ir.portal.platform.review;
