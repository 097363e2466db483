package ir.portal.catalog.application;

import ir.portal.catalog.domain.CardContent;
import ir.portal.catalog.domain.LicenseCard;
import ir.portal.catalog.domain.ServiceCard;
import ir.portal.catalog.domain.StageAccess;
import ir.portal.catalog.domain.SystemLink;
import ir.portal.platform.domain.LocalizedText;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A published card as its public page, its PDF and the API show it. */
public record PublishedCard(
        long id,
        CardContent content,
        List<StageAccess> stages,
        List<SystemLink> links,
        LocalizedText unit,
        Instant publishedAt,
        Instant updatedAt,
        LicenseView license) {

    static PublishedCard of(ServiceCard card, Optional<LicenseCard> license) {
        return new PublishedCard(
                card.getId(),
                card.content(),
                card.stages(),
                card.links(),
                new LocalizedText(card.getUnit().getNameFa(), card.getUnit().getNameEn()),
                card.getPublishedAt(),
                card.getUpdatedAt(),
                license.map(LicenseView::of).orElse(null));
    }

    public boolean hasLicense() {
        return license != null;
    }

    /** The links to systems of the agency itself (section 7 of the form). */
    public List<SystemLink> ownSystems() {
        return links.stream().filter(l -> !l.isOtherAgency()).toList();
    }

    /** The links to other agencies (section 8). */
    public List<SystemLink> otherAgencies() {
        return links.stream().filter(SystemLink::isOtherAgency).toList();
    }
}
