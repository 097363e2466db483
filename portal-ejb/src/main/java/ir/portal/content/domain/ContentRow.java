package ir.portal.content.domain;

import java.time.Instant;

/** One line of the console's list of items: what it shows, read as a projection. */
public record ContentRow(
        long id,
        ContentKind kind,
        String titleFa,
        String titleEn,
        String unitCode,
        ContentStatus status,
        String updatedBy,
        Instant updatedAt) {

    /** The JPQL constructor expression that reads it from {@code i}, a ContentItem. */
    static final String SELECT = "SELECT NEW ir.portal.content.domain.ContentRow(i.id, i.kind, i.text.title.fa,"
            + " i.text.title.en, i.unit.code, i.status, i.updatedBy, i.updatedAt) FROM ContentItem i";
}
