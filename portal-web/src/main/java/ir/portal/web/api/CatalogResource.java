package ir.portal.web.api;

import ir.portal.catalog.application.CatalogQueries;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * {@code /api/catalog/cards}: the published service identity cards, for the national single-window portal.
 * Drafts and withdrawn cards are never served.
 */
@Path("/catalog/cards")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class CatalogResource {

    @Inject
    private CatalogQueries queries;

    /** Published cards in id order, {@code size} (at most 100) from {@code first}. */
    @GET
    public List<ApiCard> cards(
            @QueryParam("first") @DefaultValue("0") int first, @QueryParam("size") @DefaultValue("100") int size) {
        return queries.allPublished(first, size).stream().map(ApiCard::of).toList();
    }

    @GET
    @Path("{id:\\d+}")
    public ApiCard card(@PathParam("id") long id) {
        return queries.published(id).map(ApiCard::of).orElseThrow(NotFoundException::new);
    }
}
