package ir.portal.content.domain;

import ir.portal.platform.domain.LocalizedText;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a content item says, in both languages: title, summary and body (HTML, always kept sanitised), and the
 * fields only some kinds use ({@link ContentKind.Extra}): a tender's number and deadline, a law's number, date and
 * issuer, an event's days and place, a link's address. A plain value: the console edits a copy, the item takes one.
 */
@Embeddable
public class ContentText {

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "fa", column = @Column(name = "title_fa", length = 500)),
        @AttributeOverride(name = "en", column = @Column(name = "title_en", length = 500))
    })
    private LocalizedText title = new LocalizedText();

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "fa", column = @Column(name = "summary_fa", length = 2000)),
        @AttributeOverride(name = "en", column = @Column(name = "summary_en", length = 2000))
    })
    private LocalizedText summary = new LocalizedText();

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "fa", column = @Column(name = "body_fa", length = 1000000)),
        @AttributeOverride(name = "en", column = @Column(name = "body_en", length = 1000000))
    })
    private LocalizedText body = new LocalizedText();

    @Column(name = "reference_no", length = 100)
    private String reference;

    @Column(name = "issued_on")
    private LocalDate issuedOn;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "fa", column = @Column(name = "issuer_fa", length = 300)),
        @AttributeOverride(name = "en", column = @Column(name = "issuer_en", length = 300))
    })
    private LocalizedText issuer = new LocalizedText();

    @Column(name = "deadline")
    private LocalDate deadline;

    @Column(name = "starts_on")
    private LocalDate startsOn;

    @Column(name = "ends_on")
    private LocalDate endsOn;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "fa", column = @Column(name = "place_fa", length = 300)),
        @AttributeOverride(name = "en", column = @Column(name = "place_en", length = 300))
    })
    private LocalizedText place = new LocalizedText();

    @Column(name = "link_url", length = 500)
    private String linkUrl;

    /** The kept picture its page and the lists show above the text (a JPEG or PNG of the item's files). */
    @Column(name = "cover_id")
    private Long coverId;

    /** The ids of the kept files it shows, in their order, as {@code 12,34}. */
    @Column(name = "attachment_ids", length = 1000)
    private String attachments;

    public ContentText copy() {
        ContentText c = new ContentText();
        c.title = LocalizedText.copyOf(title);
        c.summary = LocalizedText.copyOf(summary);
        c.body = LocalizedText.copyOf(body);
        c.reference = reference;
        c.issuedOn = issuedOn;
        c.issuer = LocalizedText.copyOf(issuer);
        c.deadline = deadline;
        c.startsOn = startsOn;
        c.endsOn = endsOn;
        c.place = LocalizedText.copyOf(place);
        c.linkUrl = linkUrl;
        c.coverId = coverId;
        c.attachments = attachments;
        return c;
    }

    /** Every field by name, as the history compares them. */
    public Map<String, Object> fields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        put(fields, "title", title);
        put(fields, "summary", summary);
        put(fields, "body", body);
        fields.put("reference", reference);
        fields.put("issuedOn", issuedOn);
        put(fields, "issuer", issuer);
        fields.put("deadline", deadline);
        fields.put("startsOn", startsOn);
        fields.put("endsOn", endsOn);
        put(fields, "place", place);
        fields.put("linkUrl", linkUrl);
        fields.put("cover", coverId);
        fields.put("attachments", attachments == null || attachments.isEmpty() ? null : attachments);
        return fields;
    }

    private static void put(Map<String, Object> fields, String name, LocalizedText text) {
        LocalizedText t = LocalizedText.copyOf(text);
        fields.put(name + ".fa", t.getFa());
        fields.put(name + ".en", t.getEn());
    }

    public Long getCoverId() {
        return coverId;
    }

    public void setCoverId(Long coverId) {
        this.coverId = coverId;
    }

    /** The kept files it shows, in their order. */
    public List<Long> getAttachmentIds() {
        return ids(attachments);
    }

    public void setAttachmentIds(List<Long> ids) {
        attachments = ids == null || ids.isEmpty()
                ? null
                : ids.stream().distinct().map(String::valueOf).collect(Collectors.joining(","));
    }

    /** The ids of a column as {@link #getAttachmentIds} writes it. */
    public static List<Long> ids(String column) {
        if (column == null || column.isBlank()) {
            return List.of();
        }
        return Arrays.stream(column.split(",")).map(Long::valueOf).toList();
    }

    public LocalizedText getTitle() {
        return title;
    }

    public void setTitle(LocalizedText title) {
        this.title = title;
    }

    public LocalizedText getSummary() {
        return summary;
    }

    public void setSummary(LocalizedText summary) {
        this.summary = summary;
    }

    public LocalizedText getBody() {
        return body;
    }

    public void setBody(LocalizedText body) {
        this.body = body;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public void setIssuedOn(LocalDate issuedOn) {
        this.issuedOn = issuedOn;
    }

    public LocalizedText getIssuer() {
        return issuer;
    }

    public void setIssuer(LocalizedText issuer) {
        this.issuer = issuer;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public void setDeadline(LocalDate deadline) {
        this.deadline = deadline;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }

    public LocalizedText getPlace() {
        return place;
    }

    public void setPlace(LocalizedText place) {
        this.place = place;
    }

    public String getLinkUrl() {
        return linkUrl;
    }

    public void setLinkUrl(String linkUrl) {
        this.linkUrl = linkUrl;
    }
}
