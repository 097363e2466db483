package ir.portal.content.domain;

import java.util.EnumSet;
import java.util.Set;

/** What a content item is, and which of the fields beyond title, summary and body it uses. */
public enum ContentKind {
    NEWS(Extra.COVER),
    ANNOUNCEMENT(),
    TENDER(Extra.REFERENCE, Extra.DEADLINE),
    LAW(Extra.REFERENCE, Extra.ISSUED, Extra.ISSUER),
    EVENT(Extra.SCHEDULE, Extra.PLACE),
    FAQ(),
    PAGE(),
    LINK(Extra.LINK),
    FORM(Extra.LINK),
    ORGANISATION();

    /** A group of fields that only some kinds have. */
    public enum Extra {
        COVER,
        REFERENCE,
        DEADLINE,
        ISSUED,
        ISSUER,
        SCHEDULE,
        PLACE,
        LINK
    }

    private final Set<Extra> extras;

    ContentKind(Extra... extras) {
        this.extras = extras.length == 0 ? EnumSet.noneOf(Extra.class) : EnumSet.of(extras[0], extras);
    }

    public boolean has(Extra extra) {
        return extras.contains(extra);
    }

    /** For the views: {@code kind.uses('DEADLINE')}. */
    public boolean uses(String extra) {
        return has(Extra.valueOf(extra));
    }
}
