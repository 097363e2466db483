package ir.portal.content.application;

import ir.portal.content.domain.ContentKind;

/**
 * What a public list asks for: a kind (any where null), one unit's items (every unit's where null), tenders still
 * open or already closed (either where null), one Jalali month ({@code year * 100 + month}, any where null) and
 * words to find (as search compares them: any way of typing Persian).
 */
public record ContentQuery(ContentKind kind, String unitCode, Boolean open, Integer month, String text) {

    public static ContentQuery of(ContentKind kind) {
        return new ContentQuery(kind, null, null, null, null);
    }
}
