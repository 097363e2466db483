package ir.portal.desk.application;

import ir.portal.desk.domain.DeskRepository;
import ir.portal.desk.domain.RequestEvent;
import ir.portal.desk.domain.RequestEventKind;
import ir.portal.desk.domain.ServiceRequest;
import ir.portal.identifiers.NationalId;
import ir.portal.identifiers.TrackingCode;
import ir.portal.platform.errors.TooManyAttempts;
import ir.portal.platform.security.CurrentActor;
import ir.portal.platform.throttle.Throttle;
import ir.portal.platform.throttle.ThrottleRule;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The public tracking page's one question: where does the request with this code stand? It answers only when the
 * national ID matches too, and only so many times per client address in a while ({@code portal.desk.tracking.attempts}
 * in {@code portal.desk.tracking.window-seconds}, counted across the cluster by the {@link Throttle}); a wrong pair
 * and an unknown code look the same.
 */
@Stateless
public class Tracking {

    @Inject
    DeskRepository desk;

    @Inject
    DeskCalendar calendar;

    @Inject
    Throttle throttle;

    @Inject
    CurrentActor actors;

    @Inject
    @ConfigProperty(name = "portal.desk.tracking.attempts", defaultValue = "10")
    int attempts;

    @Inject
    @ConfigProperty(name = "portal.desk.tracking.window-seconds", defaultValue = "600")
    long windowSeconds;

    private ThrottleRule rule;

    @PostConstruct
    void init() {
        rule = new ThrottleRule("tracking", attempts, Duration.ofSeconds(windowSeconds));
    }

    public Optional<TrackingView> track(String code, String nationalId) {
        String client = actors.get().client();
        if (!throttle.allow(rule, client)) {
            throw new TooManyAttempts("tracking from " + client);
        }
        Optional<TrackingCode> parsedCode = TrackingCode.parse(code);
        Optional<NationalId> parsedId = NationalId.parse(nationalId);
        if (parsedCode.isEmpty() || parsedId.isEmpty()) {
            return Optional.empty();
        }
        return desk.byTrackingCode(parsedCode.get())
                .filter(r -> r.getContact().nationalId().equals(parsedId.get()))
                .map(this::view);
    }

    private TrackingView view(ServiceRequest r) {
        List<RequestEvent> events = desk.history(r.getId(), false).stream()
                .filter(e -> e.getKind() == RequestEventKind.SUBMITTED || e.getKind() == RequestEventKind.TRANSITION)
                .toList();
        return new TrackingView(
                r.getTrackingCode().grouped(),
                r.getServiceCard().content().getTitle(),
                DeskViews.unit(r.getUnit()),
                r.currentStage().getName(),
                r.currentStage().getCitizenView(),
                r.getSubmittedAt(),
                r.dueOn(calendar.calendar(), calendar.today()),
                r.currentStage().isWaitsOnCitizen(),
                r.getPosition().outcome(),
                DeskViews.steps(r, events),
                DeskViews.history(r, events, false, false));
    }
}
