package ir.portal.catalog.application;

import ir.portal.catalog.domain.CardContent;
import ir.portal.catalog.domain.ServiceCard;
import ir.portal.catalog.domain.StageAccess;
import ir.portal.catalog.domain.SystemLink;
import ir.portal.catalog.domain.Vocabulary.CardStatus;
import ir.portal.catalog.domain.Vocabulary.Stage;
import java.io.Serializable;
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
