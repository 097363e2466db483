package ir.portal.catalog.domain;

import ir.portal.accounts.domain.OrgUnit;
import ir.portal.catalog.domain.Vocabulary.CardStatus;
import ir.portal.i18n.PersianText;
import ir.portal.platform.domain.BaseEntity;
import ir.portal.platform.errors.Refused;
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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A service identity card: the national form for one e-service, owned by the unit responsible for it. Drafted by
 * the unit's editors, published or withdrawn by its manager or the portal expert.
 */
@Entity
@Table(name = "service_card")
public class ServiceCard extends BaseEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "unit_id", nullable = false)
    private OrgUnit unit;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private CardStatus status;

    @Embedded
    private CardContent content = new CardContent();

    @ElementCollection
    @CollectionTable(name = "service_card_stage", joinColumns = @JoinColumn(name = "card_id"))
    @OrderColumn(name = "position")
    private List<StageAccess> stages = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "service_card_link", joinColumns = @JoinColumn(name = "card_id"))
    @OrderColumn(name = "position")
    private List<SystemLink> links = new ArrayList<>();

    /** The card's text as search compares it ({@link PersianText#normalize}). */
    @Column(name = "search_text", nullable = false, length = 100000)
    private String searchText;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 100)
    private String updatedBy;

    @Column(name = "published_at")
    private Instant publishedAt;

    protected ServiceCard() {}

    public static ServiceCard draft(
            CardContent content,
            List<StageAccess> stages,
            List<SystemLink> links,
            OrgUnit unit,
            String by,
            Instant now) {
        ServiceCard card = new ServiceCard();
        card.status = CardStatus.DRAFT;
        card.createdAt = now;
        card.revise(content, stages, links, unit, by, now);
        return card;
    }

    public void revise(
            CardContent newContent,
            List<StageAccess> newStages,
            List<SystemLink> newLinks,
            OrgUnit newUnit,
            String by,
            Instant now) {
        content = newContent.copy();
        stages = new ArrayList<>(newStages.stream().map(StageAccess::copy).toList());
        links = new ArrayList<>(newLinks.stream().map(SystemLink::copy).toList());
        unit = newUnit;
        searchText = PersianText.normalize(CardFields.searchable(content));
        touch(by, now);
    }

    /** The card of a committee proposal, a draft that only the committee's decision publishes. */
    public static ServiceCard proposed(
            CardContent content,
            List<StageAccess> stages,
            List<SystemLink> links,
            OrgUnit unit,
            String by,
            Instant now) {
        ServiceCard card = draft(content, stages, links, unit, by, now);
        card.status = CardStatus.PROPOSED;
        return card;
    }

    /** Publishes a draft or withdrawn card; a proposed one waits for the committee ({@link #publishAsDecided}). */
    public void publish(String by, Instant now) {
        if (status == CardStatus.PUBLISHED) {
            throw new IllegalStateException("Card " + getId() + " is already published");
        }
        if (status == CardStatus.PROPOSED) {
            throw new Refused("Card " + getId() + " waits for the committee's decision");
        }
        goPublic(by, now);
    }

    /** Publishes the card of a proposal the committee approved and IT provisioned. */
    public void publishAsDecided(String by, Instant now) {
        if (status != CardStatus.PROPOSED) {
            throw new IllegalStateException("Card " + getId() + " is not a proposal's card");
        }
        goPublic(by, now);
    }

    private void goPublic(String by, Instant now) {
        status = CardStatus.PUBLISHED;
        publishedAt = now;
        touch(by, now);
    }

    /** The published card took its reviewed next version: published again, now. */
    public void republish(Instant now) {
        if (status != CardStatus.PUBLISHED) {
            throw new IllegalStateException("Card " + getId() + " is not published");
        }
        publishedAt = now;
    }

    public void withdraw(String by, Instant now) {
        if (status != CardStatus.PUBLISHED) {
            throw new IllegalStateException("Card " + getId() + " is not published");
        }
        status = CardStatus.WITHDRAWN;
        touch(by, now);
    }

    private void touch(String by, Instant now) {
        updatedBy = by;
        updatedAt = now;
    }

    public boolean isPublished() {
        return status == CardStatus.PUBLISHED;
    }

    /** The card's editable whole, as a revision keeps it. */
    public CardSnapshot snapshot() {
        return CardSnapshot.of(unit == null ? null : unit.getCode(), content, stages, links);
    }

    /** Every field of the card by name, for the revision history. */
    public Map<String, Object> fields() {
        return fieldsOf(content, stages, links, unit == null ? null : unit.getCode(), status);
    }

    /** Every field of a card by name, live or kept in a pending revision, for the revision history. */
    static Map<String, Object> fieldsOf(
            CardContent content, List<StageAccess> stages, List<SystemLink> links, String unitCode, CardStatus status) {
        Map<String, Object> fields = new LinkedHashMap<>(CardFields.of(content));
        fields.put("unit", unitCode);
        fields.put("status", status);
        for (int i = 0; i < stages.size(); i++) {
            fields.put("stages." + stages.get(i).getStage(), stages.get(i).toString());
        }
        for (int i = 0; i < links.size(); i++) {
            fields.put("links." + (i + 1), links.get(i).toString());
        }
        return fields;
    }

    public OrgUnit getUnit() {
        return unit;
    }

    public CardStatus getStatus() {
        return status;
    }

    /** A copy of what the card says; changing it changes nothing until the card is revised with it. */
    public CardContent content() {
        return content.copy();
    }

    public List<StageAccess> stages() {
        return stages.stream().map(StageAccess::copy).toList();
    }

    public List<SystemLink> links() {
        return links.stream().map(SystemLink::copy).toList();
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }
}
