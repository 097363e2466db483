/**
 * Backing bean of {@code /track/}, the public tracking page ({@link ir.portal.web.track.TrackBacking}); the client's
 * address it records comes from {@link ir.portal.web.desk.DeskPages}.
 */
package ir.portal.web.track;
