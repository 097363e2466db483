package ir.portal.catalog.domain;

import ir.portal.catalog.domain.Vocabulary.CardStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A card's editable whole, as a pending revision keeps it while the published card stays live: its content,
 * stages, links and unit.
 */
public class CardSnapshot {

    private String unitCode;
    private CardContent content = new CardContent();
    private List<StageAccess> stages = new ArrayList<>();
    private List<SystemLink> links = new ArrayList<>();

    public CardSnapshot() {}

    public static CardSnapshot of(
            String unitCode, CardContent content, List<StageAccess> stages, List<SystemLink> links) {
        CardSnapshot s = new CardSnapshot();
        s.unitCode = unitCode;
        s.content = content.copy();
        s.stages = new ArrayList<>(stages.stream().map(StageAccess::copy).toList());
        s.links = new ArrayList<>(links.stream().map(SystemLink::copy).toList());
        return s;
    }

    /** Its fields by name, as the card's history compares them; the status is the live card's. */
    public Map<String, Object> fields(CardStatus status) {
        return ServiceCard.fieldsOf(content, stages, links, unitCode, status);
    }

    public String getUnitCode() {
        return unitCode;
    }

    public CardContent getContent() {
        return content.copy();
    }

    public List<StageAccess> getStages() {
        return stages.stream().map(StageAccess::copy).toList();
    }

    public List<SystemLink> getLinks() {
        return links.stream().map(SystemLink::copy).toList();
    }
}
