package ir.portal.content.application;

import ir.portal.accounts.domain.AccountRepository;
import ir.portal.accounts.domain.OrgUnit;
import ir.portal.content.domain.OutageChanged;
import ir.portal.content.domain.PlannedOutage;
import ir.portal.platform.errors.ConcurrentEdit;
import ir.portal.platform.errors.NotFound;
import ir.portal.platform.errors.Problems;
import ir.portal.platform.errors.Refused;
import ir.portal.platform.paging.Page;
import ir.portal.platform.paging.PageRequest;
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
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.util.List;

/**
 * The staff's planned outages: an editor keeps those of their unit, the portal expert every unit's. They are news
 * that cannot wait for a review, so they show on the public page as soon as they are saved.
 */
@Stateless
@Requires(Right.CONTENT_EDIT)
public class OutageService {

    static final String ORDER = "content.invalid.order";

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    AccountRepository accounts;

    @Inject
    CurrentActor actors;

    @Inject
    Clock clock;

    @Inject
    Event<OutageChanged> changed;

    public long save(OutageForm form) {
        Actor actor = actors.get();
        OrgUnit unit = valid(form, actor);
        PlannedOutage outage;
        if (form.getId() == null) {
            outage = new PlannedOutage(unit, PlannedOutage.Source.STAFF, null);
            em.persist(outage);
        } else {
            outage = own(form.getId(), actor);
            if (outage.getVersion() != form.getVersion()) {
                throw new ConcurrentEdit("PlannedOutage " + form.getId(), new OptimisticLockException(outage));
            }
        }
        outage.set(
                unit,
                form.getCounty(),
                form.getArea(),
                form.getReason(),
                form.getDay(),
                form.getStartsAt(),
                form.getEndsAt(),
                actor.username(),
                clock.instant());
        em.flush();
        changed.fire(new OutageChanged(outage.getId(), form.getId() == null ? "created" : "edited", actor));
        return outage.getId();
    }

    public void remove(long id, long version) {
        Actor actor = actors.get();
        PlannedOutage outage = own(id, actor);
        if (outage.getVersion() != version) {
            throw new ConcurrentEdit("PlannedOutage " + id, new OptimisticLockException(outage));
        }
        em.remove(outage);
        changed.fire(new OutageChanged(id, "removed", actor));
    }

    /** The outages the caller keeps, from today on, by day: every unit's for the portal expert. */
    public Page<OutageView> list(int first, int size) {
        Actor actor = actors.get();
        OrgUnit scope = actor.may(Right.CONTENT_EVERY_UNIT) ? null : actor.unit();
        PageRequest page = PageRequest.of(first, size);
        String where = " WHERE o.day >= :today" + (scope == null ? "" : " AND o.unit = :unit");
        TypedQuery<OutageView> select =
                em.createQuery(OutageView.SELECT + where + " ORDER BY o.day, o.startsAt, o.id", OutageView.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(o) FROM PlannedOutage o" + where, Long.class);
        for (TypedQuery<?> q : List.of(select, count)) {
            q.setParameter("today", java.time.LocalDate.ofInstant(clock.instant(), clock.getZone()));
            if (scope != null) {
                q.setParameter("unit", scope);
            }
        }
        return Page.of(
                select.setFirstResult(page.first()).setMaxResults(page.size()).getResultList(),
                count.getSingleResult(),
                page);
    }

    public OutageForm edit(long id) {
        own(id, actors.get());
        return OutageForm.of(em.createQuery(OutageView.SELECT + " WHERE o.id = :id", OutageView.class)
                .setParameter("id", id)
                .getSingleResult());
    }

    private PlannedOutage own(long id, Actor actor) {
        PlannedOutage outage = em.find(PlannedOutage.class, id);
        if (outage == null) {
            throw new NotFound("PlannedOutage " + id);
        }
        if (!actor.reaches(outage.getUnit(), Right.CONTENT_EVERY_UNIT)) {
            throw new Refused(actor + " may not change outage " + id + " of "
                    + outage.getUnit().getCode());
        }
        return outage;
    }

    private OrgUnit valid(OutageForm form, Actor actor) {
        OrgUnit unit = form.getUnitCode() == null
                ? null
                : accounts.findUnit(form.getUnitCode()).orElse(null);
        new Problems()
                .addIf(unit == null, "unitCode", Problems.REQUIRED)
                .addIf(blank(form.getCounty().getFa()), "county.fa", Problems.REQUIRED)
                .addIf(blank(form.getArea().getFa()), "area.fa", Problems.REQUIRED)
                .addIf(form.getDay() == null, "day", Problems.REQUIRED)
                .addIf(form.getStartsAt() == null, "startsAt", Problems.REQUIRED)
                .addIf(form.getEndsAt() == null, "endsAt", Problems.REQUIRED)
                .addIf(
                        form.getStartsAt() != null
                                && form.getEndsAt() != null
                                && !form.getEndsAt().isAfter(form.getStartsAt()),
                        "endsAt",
                        ORDER)
                .throwIfAny();
        if (!actor.reaches(unit, Right.CONTENT_EVERY_UNIT)) {
            throw new Refused(actor + " may not keep outages of " + unit.getCode());
        }
        return unit;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
