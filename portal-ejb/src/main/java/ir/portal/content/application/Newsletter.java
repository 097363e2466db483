package ir.portal.content.application;

import ir.portal.content.domain.ContentKind;
import ir.portal.content.domain.Subscriber;
import ir.portal.identifiers.EmailAddress;
import ir.portal.platform.errors.Problems;
import ir.portal.platform.security.CurrentActor;
import ir.portal.platform.security.Digests;
import ir.portal.platform.throttle.Throttle;
import ir.portal.platform.throttle.ThrottleRule;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Subscribing to the newsletter, for anyone: an address asks, gets a mail with a link, and is on the list once it
 * follows it (double opt-in); every mail carries a link that takes it off again. Whether an address was on the list
 * already is not told, so the form does not reveal who reads the newsletter. Asking is throttled per client.
 */
@Stateless
@PermitAll
public class Newsletter {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    CurrentActor actors;

    @Inject
    Throttle throttle;

    @Inject
    NewsletterMail mail;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "portal.newsletter.per-client-per-hour", defaultValue = "5")
    int asksPerHour;

    /** Mails the confirmation link to the address, in {@code language}. */
    public void subscribe(String typed, String language) {
        Optional<EmailAddress> email = Optional.ofNullable(typed).flatMap(EmailAddress::parse);
        new Problems()
                .addIf(typed == null || typed.isBlank(), "email", Problems.REQUIRED)
                .addIf(email.isEmpty(), "email", "desk.email.invalid")
                .throwIfAny();
        throttle.check(
                new ThrottleRule("newsletter", asksPerHour, Duration.ofHours(1)),
                actors.get().client());
        String address = email.get().value();
        String token = Digests.randomToken();
        Subscriber subscriber = find(address).orElse(null);
        if (subscriber == null) {
            subscriber =
                    new Subscriber(address, language, Digests.sha256(token), Digests.randomToken(), clock.instant());
            em.persist(subscriber);
        } else {
            subscriber.ask(language, Digests.sha256(token), clock.instant());
        }
        mail.confirmation(subscriber, token, subscriber.getStatus() == Subscriber.Status.CONFIRMED);
    }

    /** Follows the link of the confirmation mail: true when it named an address, which is now on the list. */
    public boolean confirm(String token) {
        Optional<Subscriber> subscriber = byToken(token);
        subscriber.ifPresent(s -> s.confirm(clock.instant()));
        return subscriber.isPresent();
    }

    /** Follows the link at the foot of a newsletter mail: true when it named an address, which is now off the list. */
    public boolean leave(String token) {
        Optional<Subscriber> subscriber = token == null || token.length() > 100
                ? Optional.empty()
                : em.createQuery("SELECT s FROM Subscriber s WHERE s.leaveToken = :token", Subscriber.class)
                        .setParameter("token", token)
                        .getResultStream()
                        .findFirst();
        subscriber.ifPresent(s -> s.leave(clock.instant()));
        return subscriber.isPresent();
    }

    /** The kinds of item a digest lists. */
    static final java.util.Set<ContentKind> DIGEST_KINDS =
            java.util.EnumSet.of(ContentKind.NEWS, ContentKind.ANNOUNCEMENT, ContentKind.TENDER, ContentKind.EVENT);

    private Optional<Subscriber> find(String address) {
        return em.createQuery("SELECT s FROM Subscriber s WHERE s.email = :email", Subscriber.class)
                .setParameter("email", address)
                .getResultStream()
                .findFirst();
    }

    private Optional<Subscriber> byToken(String token) {
        if (token == null || token.length() < 20 || token.length() > 100) {
            return Optional.empty();
        }
        return em.createQuery("SELECT s FROM Subscriber s WHERE s.tokenHash = :hash", Subscriber.class)
                .setParameter("hash", Digests.sha256(token))
                .getResultStream()
                .findFirst();
    }
}
