package ir.portal.content.domain;

import ir.portal.accounts.domain.OrgUnit;
import ir.portal.i18n.JalaliDate;
import ir.portal.i18n.PersianText;
import ir.portal.platform.domain.BaseEntity;
import ir.portal.platform.errors.InvalidInput;
import ir.portal.platform.review.PendingRevision;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A news item, tender, law, page or any other {@link ContentKind}, owned by the unit whose sub-site it belongs to.
 * Visitors read it while it is published and inside its window (from {@code publishOn}, before {@code expireOn},
 * Tehran days; either may be open).
 */
@Entity
@Table(name = "content_item")
public class ContentItem extends BaseEntity {

    /** What its pending revisions, revisions and audit entries name it. */
    public static final String KIND = "ContentItem";

    /** Whose its kept files are ({@code KeptFile.owner}): its documents and cover. */
    public static String fileOwner(long id) {
        return KIND + ":" + id;
    }

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private ContentKind kind;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "unit_id", nullable = false)
    private OrgUnit unit;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private ContentStatus status;

    @Embedded
    private ContentText text = new ContentText();

    @Column(name = "publish_on")
    private LocalDate publishOn;

    @Column(name = "expire_on")
    private LocalDate expireOn;

    /**
     * The words of title, summary, body and reference as the site search finds them ({@link PersianText#words}),
     * markup left out: the database's index of {@code content_word} finds an item by the beginning of a word without
     * reading any text.
     */
    @ElementCollection
    @CollectionTable(name = "content_word", joinColumns = @JoinColumn(name = "item_id"))
    @Column(name = "word", nullable = false, length = PersianText.WORD_LENGTH)
    private Set<String> words = new HashSet<>();

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_by", nullable = false, length = 100)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    /** The Jalali month of {@link #publishedAt} in the organisation's zone, as {@code year * 100 + month}. */
    @Column(name = "published_month")
    private Integer publishedMonth;

    @Column(name = "reviewed_by", length = 100)
    private String reviewedBy;

    @Column(name = "review_comment", length = 4000)
    private String reviewComment;

    protected ContentItem() {}

    public static ContentItem draft(ContentKind kind, ContentSnapshot whole, OrgUnit unit, String by, Instant now) {
        ContentItem item = new ContentItem();
        item.kind = kind;
        item.status = ContentStatus.DRAFT;
        item.createdBy = by;
        item.createdAt = now;
        item.take(whole, unit, by, now);
        return item;
    }

    /** Its author changes it; a published one changes only through its reviewed revision ({@link #take}). */
    public void revise(ContentSnapshot whole, OrgUnit newUnit, String by, Instant now) {
        if (!status.isEditable()) {
            throw InvalidInput.of("review", PendingRevision.NOT_NOW);
        }
        take(whole, newUnit, by, now);
    }

    /** Becomes what {@code whole} says: an edit, or a published item's reviewed next version. */
    public void take(ContentSnapshot whole, OrgUnit newUnit, String by, Instant now) {
        text = whole.getText();
        unit = newUnit;
        publishOn = whole.getPublishOn();
        expireOn = whole.getExpireOn();
        Set<String> found = PersianText.words(String.join(
                " ",
                nonNull(text.getTitle().getFa()),
                nonNull(text.getTitle().getEn()),
                nonNull(text.getSummary().getFa()),
                nonNull(text.getSummary().getEn()),
                plain(text.getBody().getFa()),
                plain(text.getBody().getEn()),
                nonNull(text.getReference())));
        words.retainAll(found);
        words.addAll(found);
        updatedBy = by;
        updatedAt = now;
    }

    public void submit(String by, Instant now) {
        if (!status.isEditable()) {
            throw InvalidInput.of("review", PendingRevision.NOT_NOW);
        }
        status = ContentStatus.IN_REVIEW;
        updatedBy = by;
        updatedAt = now;
    }

    public void returnWith(String comment, String by, Instant now) {
        if (status != ContentStatus.IN_REVIEW) {
            throw InvalidInput.of("review", PendingRevision.NOT_NOW);
        }
        status = ContentStatus.RETURNED;
        reviewComment = comment;
        reviewedBy = by;
        updatedAt = now;
    }

    /**
     * The reviewer publishes it: from review, or their own draft at once; a published one again after a revision.
     * {@code zone} is the organisation's, whose day and Jalali month the publication falls in.
     */
    public void publish(String by, Instant now, ZoneId zone) {
        if (status == ContentStatus.ARCHIVED) {
            throw InvalidInput.of("review", PendingRevision.NOT_NOW);
        }
        status = ContentStatus.PUBLISHED;
        reviewedBy = by;
        reviewComment = null;
        publishedAt = now;
        JalaliDate day = JalaliDate.of(LocalDate.ofInstant(now, zone));
        publishedMonth = day.year() * 100 + day.month();
    }

    public void archive(String by, Instant now) {
        if (status != ContentStatus.PUBLISHED) {
            throw InvalidInput.of("review", PendingRevision.NOT_NOW);
        }
        status = ContentStatus.ARCHIVED;
        updatedBy = by;
        updatedAt = now;
    }

    /** Its editable whole, as a revision keeps it. */
    public ContentSnapshot snapshot() {
        return ContentSnapshot.of(unit.getCode(), text, publishOn, expireOn);
    }

    /** Every field by name, for the history. */
    public Map<String, Object> fields() {
        Map<String, Object> fields = new LinkedHashMap<>(snapshot().fields());
        fields.put("status", status);
        return fields;
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    private static String plain(String html) {
        return html == null ? "" : html.replaceAll("<[^>]*>", " ");
    }

    public boolean isPublished() {
        return status == ContentStatus.PUBLISHED;
    }

    public ContentKind getKind() {
        return kind;
    }

    public OrgUnit getUnit() {
        return unit;
    }

    public ContentStatus getStatus() {
        return status;
    }

    public ContentText getText() {
        return text.copy();
    }

    public LocalDate getPublishOn() {
        return publishOn;
    }

    public LocalDate getExpireOn() {
        return expireOn;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public String getReviewedBy() {
        return reviewedBy;
    }

    public String getReviewComment() {
        return reviewComment;
    }
}
