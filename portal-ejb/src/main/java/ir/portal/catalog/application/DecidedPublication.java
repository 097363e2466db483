package ir.portal.catalog.application;

import ir.portal.catalog.domain.CardAction;
import ir.portal.catalog.domain.CatalogRepository;
import ir.portal.catalog.domain.PublicationDecided;
import ir.portal.catalog.domain.ServiceCard;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Logger;

/**
 * The catalog's publish path for a card whose publication a decision made (the committee's meeting is its review):
 * in the transaction of the step that carries the decision out, with a revision that names the decision.
 */
@ApplicationScoped
class DecidedPublication {

    private static final Logger LOG = Logger.getLogger(DecidedPublication.class.getName());

    @Inject
    CatalogRepository cards;

    @Inject
    CardRevisions revisions;

    @Inject
    Clock clock;

    void publish(@Observes PublicationDecided decided) {
        ServiceCard card = cards.get(decided.cardId());
        Map<String, Object> before = card.fields();
        card.publishAsDecided(decided.actor().username(), clock.instant());
        Map<String, Object> after = new LinkedHashMap<>(card.fields());
        decided.basis().forEach((field, value) -> after.put("decision." + field, value));
        revisions.record(card.getId(), CardAction.PUBLISHED, before, after, card.snapshot(), decided.actor());
        LOG.info(() -> decided.actor() + " published service card " + card.getId() + " as decided: " + decided.basis());
    }
}
