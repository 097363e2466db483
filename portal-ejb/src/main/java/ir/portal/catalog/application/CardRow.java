package ir.portal.catalog.application;

import ir.portal.catalog.domain.ServiceCard;
import ir.portal.catalog.domain.Vocabulary.CardStatus;
import ir.portal.platform.domain.LocalizedText;
import ir.portal.platform.review.ReviewState;
import java.time.Instant;

/** A card as the console lists it, with the state of its next version when a published card has one. */
public record CardRow(
        long id,
        LocalizedText title,
        String unitCode,
        LocalizedText unit,
        CardStatus status,
        Instant updatedAt,
        String updatedBy,
        ReviewState revision) {

    /** The card and where its next version stands, if it has one. */
    static CardRow of(ServiceCard card, ReviewState revision) {
        return new CardRow(
                card.getId(),
                card.content().getTitle(),
                card.getUnit().getCode(),
                new LocalizedText(card.getUnit().getNameFa(), card.getUnit().getNameEn()),
                card.getStatus(),
                card.getUpdatedAt(),
                card.getUpdatedBy(),
                revision);
    }
}
