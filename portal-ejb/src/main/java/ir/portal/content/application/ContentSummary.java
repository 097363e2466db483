package ir.portal.content.application;

import ir.portal.content.domain.ContentKind;
import java.time.Instant;
import java.time.LocalDate;

/** An item as the public lists show it, read as a projection: no body. */
public record ContentSummary(
        long id,
        ContentKind kind,
        String titleFa,
        String titleEn,
        String summaryFa,
        String summaryEn,
        String unitCode,
        String unitNameFa,
        String unitNameEn,
        Instant publishedAt,
        String reference,
        LocalDate issuedOn,
        LocalDate deadline,
        LocalDate startsOn,
        LocalDate endsOn,
        Long coverId) {

    static final String SELECT = "SELECT NEW ir.portal.content.application.ContentSummary(i.id, i.kind,"
            + " i.text.title.fa, i.text.title.en, i.text.summary.fa, i.text.summary.en, u.code, u.nameFa, u.nameEn,"
            + " i.publishedAt, i.text.reference, i.text.issuedOn, i.text.deadline, i.text.startsOn, i.text.endsOn,"
            + " i.text.coverId)"
            + " FROM ContentItem i JOIN i.unit u";

    public String title(String language) {
        return "en".equals(language) && titleEn != null && !titleEn.isBlank() ? titleEn : titleFa;
    }

    public String summary(String language) {
        return "en".equals(language) && summaryEn != null && !summaryEn.isBlank() ? summaryEn : summaryFa;
    }

    public String unitName(String language) {
        return "en".equals(language) && unitNameEn != null && !unitNameEn.isBlank() ? unitNameEn : unitNameFa;
    }
}
