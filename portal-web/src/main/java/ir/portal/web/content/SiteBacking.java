package ir.portal.web.content;

import ir.portal.content.application.ContactDetails;
import ir.portal.content.application.SiteLinkView;
import ir.portal.content.application.SiteQueries;
import ir.portal.content.domain.SiteLink;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The portal expert's parts of the public pages ({@code #{site…}}): the header's extra menu links, the home page's
 * banners and quick links, the related links of the footer, the contact details; each read once a request, when a
 * page first asks for it.
 */
@Named("site")
@RequestScoped
public class SiteBacking {

    @Inject
    private SiteQueries queries;

    private final Map<SiteLink.Place, List<SiteLinkView>> links = new EnumMap<>(SiteLink.Place.class);
    private ContactDetails contact;

    public List<SiteLinkView> getMenu() {
        return links(SiteLink.Place.MENU);
    }

    public List<SiteLinkView> getBanners() {
        return links(SiteLink.Place.BANNER);
    }

    public List<SiteLinkView> getQuick() {
        return links(SiteLink.Place.QUICK);
    }

    public List<SiteLinkView> getRelated() {
        return links(SiteLink.Place.RELATED);
    }

    public ContactDetails getContact() {
        if (contact == null) {
            contact = queries.contact();
        }
        return contact;
    }

    private List<SiteLinkView> links(SiteLink.Place place) {
        return links.computeIfAbsent(place, queries::links);
    }
}
