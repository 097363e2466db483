package ir.portal.content.domain;

import ir.portal.platform.audit.Audited;
import ir.portal.platform.security.Actor;

/** A statistics series, its lines or its values changed: the audit log keeps it, the public pages show it at once. */
public record SeriesChanged(long seriesId, String verb, Actor actor) implements Audited {

    @Override
    public String action() {
        return "content.series." + verb;
    }

    @Override
    public String subject() {
        return "Series:" + seriesId;
    }

    @Override
    public boolean changesPublicPages() {
        return true;
    }
}
