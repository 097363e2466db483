package ir.portal.web.catalog;

import ir.portal.catalog.application.CatalogQueries;
import ir.portal.catalog.application.PublishedCard;
import ir.portal.desk.application.OnlineServices;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.omnifaces.util.Faces;

/** {@code /catalog/card.xhtml?id=}: one published service identity card, every section of the form. */
@Named
@RequestScoped
public class CardBacking {

    @Inject
    private CatalogQueries queries;

    @Inject
    private OnlineServices online;

    private String id;
    private PublishedCard card;
    private boolean takesRequests;

    public void load() throws IOException {
        card = published(queries, id).orElse(null);
        if (card != null) {
            takesRequests = online.takesRequests(card.id());
        }
        if (card == null) {
            Faces.responseSendError(HttpServletResponse.SC_NOT_FOUND, "card");
        }
    }

    /** The published card with this id as typed in an address; empty for anything else. */
    static Optional<PublishedCard> published(CatalogQueries queries, String id) {
        return id == null || !id.matches("\\d{1,18}") ? Optional.empty() : queries.published(Long.parseLong(id));
    }

    /** Whether the service is requested here, through the desk. */
    public boolean isTakesRequests() {
        return takesRequests;
    }

    public PublishedCard getCard() {
        return card;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
