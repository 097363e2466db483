package ir.portal.catalog.application;

import ir.portal.catalog.domain.ServiceCard;
import ir.portal.catalog.domain.Vocabulary.CardStatus;
import ir.portal.platform.domain.LocalizedText;
import java.time.Instant;

/** A card as the console lists it. */
public record CardRow(
        long id,
        LocalizedText title,
        String unitCode,
        LocalizedText unit,
        CardStatus status,
        Instant updatedAt,
        String updatedBy) {

    static CardRow of(ServiceCard card) {
        return new CardRow(
                card.getId(),
                card.content().getTitle(),
                card.getUnit().getCode(),
                new LocalizedText(card.getUnit().getNameFa(), card.getUnit().getNameEn()),
                card.getStatus(),
                card.getUpdatedAt(),
                card.getUpdatedBy());
    }
}
