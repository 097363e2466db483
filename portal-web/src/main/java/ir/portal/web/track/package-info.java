/** Backing bean of {@code /track/}, the public tracking page ({@link ir.portal.web.track.TrackBacking}). */
package ir.portal.web.track;
