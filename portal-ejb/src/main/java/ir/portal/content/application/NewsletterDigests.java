package ir.portal.content.application;

import ir.portal.content.domain.NewsletterDigest;
import ir.portal.content.domain.Subscriber;
import ir.portal.platform.security.CurrentActor;
import ir.portal.platform.security.Right;
import ir.portal.platform.time.PortalClock;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The newsletter's digest: the news, announcements, tenders and events published since the last digest (a week at
 * most), mailed through the outbox to every confirmed address. At most one a Tehran day: the day's row is written
 * first, so that of two nodes whose timers fire together the second finds it (or loses on its unique key) and sends
 * nothing.
 */
@Stateless
@PermitAll
public class NewsletterDigests {

    /** The most items one digest lists. */
    static final int MOST = 30;

    static final Duration LONGEST = Duration.ofDays(7);

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    ContentQueries content;

    @Inject
    NewsletterMail mail;

    @Inject
    CurrentActor actors;

    @Inject
    PortalClock clock;

    /** What a digest was: when, how many items, to how many addresses. */
    public record Sent(Instant at, int items, int recipients) {}

    /** The portal expert's "send now": as the timer does, for the caller who may publish in every unit. */
    public Optional<Sent> sendNow() {
        actors.get().require(Right.CONTENT_EVERY_UNIT);
        return send();
    }

    /** Sends today's digest unless it went already or nothing is new; empty when nothing was sent. */
    public Optional<Sent> send() {
        Instant now = clock.instant();
        if (!em.createQuery("SELECT d.id FROM NewsletterDigest d WHERE d.sentOn = :today", Long.class)
                .setParameter("today", clock.today())
                .getResultList()
                .isEmpty()) {
            return Optional.empty();
        }
        Instant since = em.createQuery("SELECT MAX(d.sentAt) FROM NewsletterDigest d", Instant.class)
                .getSingleResult();
        if (since == null || since.isBefore(now.minus(LONGEST))) {
            since = now.minus(LONGEST);
        }
        List<ContentSummary> items = content.publishedSince(since, Newsletter.DIGEST_KINDS, MOST);
        if (items.isEmpty()) {
            return Optional.empty();
        }
        NewsletterDigest digest = new NewsletterDigest(clock.today(), since, now);
        em.persist(digest);
        em.flush();
        List<Subscriber> to = em.createQuery(
                        "SELECT s FROM Subscriber s WHERE s.status = :confirmed ORDER BY s.id", Subscriber.class)
                .setParameter("confirmed", Subscriber.Status.CONFIRMED)
                .getResultList();
        to.forEach(s -> mail.digest(s, items));
        digest.sent(items.size(), to.size());
        return Optional.of(new Sent(now, items.size(), to.size()));
    }

    /** The last digest sent, if any. */
    public Optional<Sent> last() {
        return em.createQuery("SELECT d FROM NewsletterDigest d ORDER BY d.sentAt DESC", NewsletterDigest.class)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .map(d -> new Sent(d.getSentAt(), d.getItems(), d.getRecipients()));
    }
}
