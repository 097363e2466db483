package ir.portal.desk.application;

import java.util.List;
import java.util.Optional;

import ir.portal.desk.domain.DeskRepository;
import ir.portal.desk.domain.NationalId;
import ir.portal.desk.domain.RequestEvent;
import ir.portal.desk.domain.RequestEventKind;
import ir.portal.desk.domain.ServiceRequest;
import ir.portal.desk.domain.TrackingCode;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * The public tracking page's one question: where does the request with this code stand? It answers only when the
 * national ID matches too, and only so many times per client address in a while ({@link TrackingThrottle}); a
 * wrong pair and an unknown code look the same.
 */
@Stateless
@PermitAll
public class Tracking {

    @Inject
    DeskRepository desk;

    @Inject
    DeskCalendar calendar;

    @Inject
    TrackingThrottle throttle;

    public Optional<TrackingView> track(String code, String nationalId, String client) {
        if (!throttle.allow(client)) {
            throw new TooManyAttempts(client);
        }
        Optional<TrackingCode> parsedCode = TrackingCode.parse(code);
        Optional<NationalId> parsedId = NationalId.parse(nationalId);
        if (parsedCode.isEmpty() || parsedId.isEmpty()) {
            return Optional.empty();
        }
        return desk.byTrackingCode(parsedCode.get().value())
                .filter(r -> r.getNationalId().equals(parsedId.get().value()))
                .map(this::view);
    }

    private TrackingView view(ServiceRequest r) {
        List<RequestEvent> events = desk.history(r.getId(), false).stream()
                .filter(e -> e.getKind() == RequestEventKind.SUBMITTED || e.getKind() == RequestEventKind.TRANSITION)
                .toList();
        return new TrackingView(new TrackingCode(r.getTrackingCode()).grouped(),
                r.getServiceCard().content().getTitle(), DeskViews.unit(r.getUnit()), r.currentStage().getName(),
                r.currentStage().getCitizenView(), r.getSubmittedAt(), r.dueOn(calendar.calendar(), calendar.today()),
                r.currentStage().isWaitsOnCitizen(), r.getOutcome(), DeskViews.steps(r, events),
                DeskViews.history(r, events, false, false));
    }
}
