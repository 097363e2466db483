package ir.portal.catalog.application;

import ir.portal.catalog.domain.CardContent;
import ir.portal.catalog.domain.CardSnapshot;
import ir.portal.catalog.domain.ServiceCard;
import ir.portal.catalog.domain.StageAccess;
import ir.portal.catalog.domain.SystemLink;
import ir.portal.catalog.domain.Vocabulary.CardStatus;
import ir.portal.catalog.domain.Vocabulary.Stage;
import ir.portal.platform.review.PendingRevision;
import ir.portal.platform.review.ReviewState;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A card as the console edits it: its content, its four stages, its links, the responsible unit and the version
 * the editor started from.
 */
public class ServiceCardForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private long version;
    private String unitCode;
    private CardStatus status = CardStatus.DRAFT;
    private CardContent content = new CardContent();
    private List<StageAccess> stages = new ArrayList<>(
            Arrays.stream(Stage.values()).map(StageAccess::empty).toList());
    private List<SystemLink> links = new ArrayList<>();
    private Long revisionVersion;
    private ReviewState revisionState;
    private String revisedBy;
    private Instant revisedAt;
    private String reviewComment;
    private String reviewedBy;

    public static ServiceCardForm of(ServiceCard card) {
        ServiceCardForm form = new ServiceCardForm();
        form.id = card.getId();
        form.version = card.getVersion();
        form.unitCode = card.getUnit().getCode();
        form.status = card.getStatus();
        form.content = card.content();
        form.stages = new ArrayList<>(card.stages());
        form.links = new ArrayList<>(card.links());
        return form;
    }

    /** The form filled from the card's pending revision instead: what its author saved last, and where it stands. */
    void revision(CardSnapshot snapshot, PendingRevision revision) {
        unitCode = snapshot.getUnitCode();
        content = snapshot.getContent();
        stages = new ArrayList<>(snapshot.getStages());
        links = new ArrayList<>(snapshot.getLinks());
        revisionVersion = revision.getVersion();
        revisionState = revision.getState();
        revisedBy = revision.getEditedBy();
        revisedAt = revision.getEditedAt();
        reviewComment = revision.getComment();
        reviewedBy = revision.getReviewedBy();
    }

    /** The content, stages, links and unit of an earlier revision, the versions kept: saving it checks them. */
    void restore(CardSnapshot snapshot) {
        unitCode = snapshot.getUnitCode();
        content = snapshot.getContent();
        stages = new ArrayList<>(snapshot.getStages());
        links = new ArrayList<>(snapshot.getLinks());
    }

    public void addLink() {
        links.add(new SystemLink());
    }

    public void removeLink(SystemLink link) {
        links.remove(link);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    /** Where the card stood when the form was filled from it. */
    public CardStatus getStatus() {
        return status;
    }

    /** The version of the pending revision the form was filled from, or null when it was filled from the card. */
    public Long getRevisionVersion() {
        return revisionVersion;
    }

    public ReviewState getRevisionState() {
        return revisionState;
    }

    public String getRevisedBy() {
        return revisedBy;
    }

    public Instant getRevisedAt() {
        return revisedAt;
    }

    /** The reviewer's comment when the revision was returned. */
    public String getReviewComment() {
        return reviewComment;
    }

    public String getReviewedBy() {
        return reviewedBy;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public void setUnitCode(String unitCode) {
        this.unitCode = unitCode;
    }

    public CardContent getContent() {
        return content;
    }

    public void setContent(CardContent content) {
        this.content = content;
    }

    public List<StageAccess> getStages() {
        return stages;
    }

    public void setStages(List<StageAccess> stages) {
        this.stages = new ArrayList<>(stages);
    }

    public List<SystemLink> getLinks() {
        return links;
    }

    public void setLinks(List<SystemLink> links) {
        this.links = new ArrayList<>(links);
    }

    /** Same card text: content, stages, links and unit (not id or version). */
    public boolean sameCardAs(ServiceCardForm other) {
        return Objects.equals(unitCode, other.unitCode)
                && content.equals(other.content)
                && stages.equals(other.stages)
                && links.equals(other.links);
    }
}
