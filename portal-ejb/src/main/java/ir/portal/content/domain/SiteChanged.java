package ir.portal.content.domain;

import ir.portal.platform.audit.Audited;
import ir.portal.platform.security.Actor;

/** A link of the portal's own parts, or its contact details, changed: audited, and the public pages show it. */
public record SiteChanged(String subject, String verb, Actor actor) implements Audited {

    @Override
    public String action() {
        return "content.site." + verb;
    }

    @Override
    public boolean changesPublicPages() {
        return true;
    }
}
