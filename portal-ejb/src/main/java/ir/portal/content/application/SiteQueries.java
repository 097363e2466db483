package ir.portal.content.application;

import ir.portal.content.domain.SiteContact;
import ir.portal.content.domain.SiteLink;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** What anyone may read of the portal's own parts: a place's links in their order, the contact details. */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class SiteQueries {

    /** The most links one place shows. */
    static final int MOST = 20;

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    /** The links of a place the public pages show, in their order. */
    public List<SiteLinkView> links(SiteLink.Place place) {
        return em.createQuery(
                        SiteLinkView.SELECT + " WHERE l.place = :place AND l.hidden = FALSE ORDER BY l.position, l.id",
                        SiteLinkView.class)
                .setParameter("place", place)
                .setMaxResults(MOST)
                .getResultList();
    }

    /** Every link of a place in its order, hidden ones too, as the portal expert keeps them. */
    public List<SiteLinkView> kept(SiteLink.Place place) {
        return em.createQuery(
                        SiteLinkView.SELECT + " WHERE l.place = :place ORDER BY l.position, l.id", SiteLinkView.class)
                .setParameter("place", place)
                .getResultList();
    }

    /** The contact details, empty where none were given. */
    public ContactDetails contact() {
        return Optional.ofNullable(em.find(SiteContact.class, SiteContact.ID))
                .map(ContactDetails::of)
                .orElseGet(ContactDetails::new);
    }
}
