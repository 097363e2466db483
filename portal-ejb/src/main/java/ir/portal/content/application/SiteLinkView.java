package ir.portal.content.application;

import ir.portal.content.domain.SiteLink;
import ir.portal.platform.domain.LocalizedText;

/** A link of the portal's own parts as the pages show it, read as a projection. */
public record SiteLinkView(
        long id,
        long version,
        SiteLink.Place place,
        int position,
        LocalizedText title,
        LocalizedText text,
        String address,
        String builtin,
        boolean hidden) {

    static final String SELECT = "SELECT NEW ir.portal.content.application.SiteLinkView(l.id, l.version, l.place,"
            + " l.position, l.title, l.text, l.address, l.builtin, l.hidden) FROM SiteLink l";

    /** Whether it leads out of the portal (shown so, and opened without the portal as referrer). */
    public boolean isOutside() {
        return !address.startsWith("/");
    }
}
