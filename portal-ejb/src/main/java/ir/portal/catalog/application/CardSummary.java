package ir.portal.catalog.application;

import ir.portal.catalog.domain.ServiceCard;
import ir.portal.catalog.domain.Vocabulary.ServiceType;
import ir.portal.catalog.domain.Vocabulary.Stage;
import ir.portal.platform.domain.LocalizedText;
import java.util.Set;

/** A card as the catalog lists it. */
public record CardSummary(
        long id,
        LocalizedText title,
        LocalizedText description,
        LocalizedText unit,
        Set<ServiceType> types,
        Integer averageDays,
        boolean electronicRequest) {

    static CardSummary of(ServiceCard card) {
        var content = card.content();
        boolean electronic = card.stages().stream().anyMatch(s -> s.getStage() == Stage.REQUEST && s.isElectronic());
        return new CardSummary(
                card.getId(),
                content.getTitle(),
                content.getDescription(),
                new LocalizedText(card.getUnit().getNameFa(), card.getUnit().getNameEn()),
                content.getTypes(),
                content.getAverageDays(),
                electronic);
    }
}
