package ir.portal.content.application;

import ir.portal.content.domain.SiteChanged;
import ir.portal.content.domain.SiteContact;
import ir.portal.content.domain.SiteLink;
import ir.portal.identifiers.EmailAddress;
import ir.portal.platform.domain.LocalizedText;
import ir.portal.platform.errors.ConcurrentEdit;
import ir.portal.platform.errors.InvalidInput;
import ir.portal.platform.errors.NotFound;
import ir.portal.platform.errors.Problems;
import ir.portal.platform.security.Actor;
import ir.portal.platform.security.CurrentActor;
import ir.portal.platform.security.Requires;
import ir.portal.platform.security.Right;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;

/**
 * The portal expert's keeping of the portal's own parts: the links of each place (added at the end, moved up or
 * down, changed, removed) and the contact details. They show on the public pages as soon as they are saved.
 */
@Stateless
@Requires(Right.SITE_EDIT)
public class SiteService {

    static final String ADDRESS = "content.invalid.url";
    static final String FEATURED_BY_ITEM = "content.featured.byItem";
    static final String NOT_PUBLISHED = "content.featured.notPublished";
    static final String ALREADY_FEATURED = "content.featured.already";
    static final String BUILTIN = "content.menu.builtin";
    static final String NOT_BUILTIN = "content.menu.notBuiltin";

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    SiteQueries queries;

    @Inject
    ContentQueries content;

    @Inject
    CurrentActor actors;

    @Inject
    Clock clock;

    @Inject
    Event<SiteChanged> changed;

    public long save(SiteLinkForm form) {
        Actor actor = actors.get();
        String address = form.getAddress() == null ? null : form.getAddress().strip();
        new Problems()
                .addIf(form.getPlace() == null, "place", Problems.REQUIRED)
                .addIf(form.getPlace() == SiteLink.Place.FEATURED, "place", FEATURED_BY_ITEM)
                .addIf(blank(form.getTitle().getFa()), "title.fa", Problems.REQUIRED)
                .addIf(blank(address), "address", Problems.REQUIRED)
                .addIf(
                        !blank(address) && (!ContentValidator.isAddress(address) || address.length() > 500),
                        "address",
                        ADDRESS)
                .throwIfAny();
        SiteLink link;
        if (form.getId() == null) {
            link = new SiteLink(form.getPlace(), queries.kept(form.getPlace()).size());
            em.persist(link);
        } else {
            link = own(form.getId(), form.getVersion());
            if (link.getPlace() == SiteLink.Place.FEATURED) {
                throw InvalidInput.of("place", FEATURED_BY_ITEM);
            }
            if (link.isBuiltin()) {
                throw InvalidInput.of("address", BUILTIN);
            }
        }
        link.set(form.getTitle(), form.getText(), address, actor.username(), clock.instant());
        em.flush();
        changed.fire(new SiteChanged("SiteLink:" + link.getId(), form.getId() == null ? "added" : "edited", actor));
        return link.getId();
    }

    /**
     * Features a published item on the home page, after those featured already; the home page shows the first
     * {@value ContentQueries#FEATURED}. An item is featured once; moved and removed as any link.
     */
    public long feature(long itemId) {
        Actor actor = actors.get();
        ContentView item = content.item(itemId).orElseThrow(() -> InvalidInput.of("item", NOT_PUBLISHED));
        Long already = em.createQuery(
                        "SELECT COUNT(l) FROM SiteLink l WHERE l.place = :featured AND l.itemId = :item", Long.class)
                .setParameter("featured", SiteLink.Place.FEATURED)
                .setParameter("item", itemId)
                .getSingleResult();
        if (already > 0) {
            throw InvalidInput.of("item", ALREADY_FEATURED);
        }
        SiteLink link =
                SiteLink.featuring(itemId, queries.kept(SiteLink.Place.FEATURED).size());
        link.set(
                item.title(),
                new LocalizedText(),
                "/content/item.xhtml?id=" + itemId,
                actor.username(),
                clock.instant());
        em.persist(link);
        em.flush();
        changed.fire(new SiteChanged("SiteLink:" + link.getId(), "featured", actor));
        return link.getId();
    }

    public SiteLinkForm edit(long id) {
        return SiteLinkForm.of(em.createQuery(SiteLinkView.SELECT + " WHERE l.id = :id", SiteLinkView.class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFound("SiteLink " + id)));
    }

    /** Moves the link one place up ({@code -1}) or down ({@code 1}) among its place's links. */
    public void move(long id, long version, int by) {
        Actor actor = actors.get();
        SiteLink link = own(id, version);
        List<SiteLink> all = em.createQuery(
                        "SELECT l FROM SiteLink l WHERE l.place = :place ORDER BY l.position, l.id", SiteLink.class)
                .setParameter("place", link.getPlace())
                .getResultList();
        int at = all.indexOf(link);
        int to = Math.max(0, Math.min(all.size() - 1, at + Integer.signum(by)));
        all.remove(at);
        all.add(to, link);
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).getPosition() != i) {
                all.get(i).moveTo(i, actor.username(), clock.instant());
            }
        }
        changed.fire(new SiteChanged("SiteLink:" + id, "moved", actor));
    }

    public void remove(long id, long version) {
        Actor actor = actors.get();
        SiteLink link = own(id, version);
        if (link.isBuiltin()) {
            throw InvalidInput.of("address", BUILTIN);
        }
        em.remove(link);
        changed.fire(new SiteChanged("SiteLink:" + id, "removed", actor));
    }

    /** Hides one of the portal's own menu entries from the public pages, or shows it again, in its place. */
    public void setHidden(long id, long version, boolean hidden) {
        Actor actor = actors.get();
        SiteLink link = own(id, version);
        if (!link.isBuiltin()) {
            throw InvalidInput.of("address", NOT_BUILTIN);
        }
        link.setHidden(hidden, actor.username(), clock.instant());
        em.flush();
        changed.fire(new SiteChanged("SiteLink:" + id, hidden ? "hidden" : "shown", actor));
    }

    /** The contact details as the console edits them. */
    public ContactDetails contact() {
        return queries.contact();
    }

    public void saveContact(ContactDetails details) {
        Actor actor = actors.get();
        String email = blank(details.getEmail()) ? null : details.getEmail().strip();
        String map = blank(details.getMapUrl()) ? null : details.getMapUrl().strip();
        new Problems()
                .addIf(email != null && EmailAddress.parse(email).isEmpty(), "email", "desk.email.invalid")
                .addIf(
                        map != null && (!map.startsWith("https://") || !ContentValidator.isAddress(map)),
                        "mapUrl",
                        ADDRESS)
                .throwIfAny();
        SiteContact contact = em.find(SiteContact.class, SiteContact.ID);
        if (contact == null) {
            contact = SiteContact.first();
            em.persist(contact);
        } else if (contact.getVersion() != details.getVersion()) {
            throw new ConcurrentEdit("SiteContact", new OptimisticLockException(contact));
        }
        contact.set(
                details.getAddress(),
                details.getHours(),
                blank(details.getPhone()) ? null : details.getPhone().strip(),
                email,
                map,
                actor.username(),
                clock.instant());
        em.flush();
        changed.fire(new SiteChanged("SiteContact:1", "contact", actor));
    }

    private SiteLink own(long id, long version) {
        SiteLink link = em.find(SiteLink.class, id);
        if (link == null) {
            throw new NotFound("SiteLink " + id);
        }
        if (link.getVersion() != version) {
            throw new ConcurrentEdit("SiteLink " + id, new OptimisticLockException(link));
        }
        return link;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
