package ir.portal.content.application;

import ir.portal.content.domain.ContentKind;
import ir.portal.content.domain.ContentText;
import ir.portal.platform.domain.LocalizedText;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A published item as its public page shows it, read as a projection. */
public record ContentView(
        long id,
        ContentKind kind,
        LocalizedText title,
        LocalizedText summary,
        LocalizedText body,
        String reference,
        LocalDate issuedOn,
        LocalizedText issuer,
        LocalDate deadline,
        LocalDate startsOn,
        LocalDate endsOn,
        LocalizedText place,
        String linkUrl,
        String unitCode,
        String unitNameFa,
        String unitNameEn,
        Instant publishedAt,
        Long coverId,
        String attachments) {

    static final String SELECT = "SELECT NEW ir.portal.content.application.ContentView(i.id, i.kind, i.text.title,"
            + " i.text.summary, i.text.body, i.text.reference, i.text.issuedOn, i.text.issuer, i.text.deadline,"
            + " i.text.startsOn, i.text.endsOn, i.text.place, i.text.linkUrl, u.code, u.nameFa, u.nameEn,"
            + " i.publishedAt, i.text.coverId, i.text.attachments) FROM ContentItem i JOIN i.unit u";

    /** The kept files the item shows, in their order. */
    public List<Long> attachmentIds() {
        return ContentText.ids(attachments);
    }

    public String unitName(String language) {
        return "en".equals(language) && unitNameEn != null && !unitNameEn.isBlank() ? unitNameEn : unitNameFa;
    }
}
