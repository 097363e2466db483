package ir.portal.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.portal.desk.application.DeskQueries;
import ir.portal.desk.application.DeskService;
import ir.portal.desk.application.DeskSubmission;
import ir.portal.desk.application.Receipt;
import ir.portal.desk.application.Tracking;
import ir.portal.desk.application.TrackingView;
import ir.portal.desk.domain.DeskRepository;
import ir.portal.desk.domain.TransitionInput;
import ir.portal.i18n.PersianDigits;
import ir.portal.platform.errors.TooManyAttempts;
import ir.portal.platform.security.RequestOrigin;
import jakarta.inject.Inject;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The public tracking lookup: the code and the national ID together, a few times per client. */
@ExtendWith(ArquillianExtension.class)
class TrackingIT {

    @Inject
    DeskSubmission submission;
    /** Where the calls come from, as the web layer sets it for each request. */
    @Inject
    RequestOrigin origin;

    @Inject
    Tracking tracking;

    @Inject
    DeskRepository repository;

    @Inject
    AsApplicant asCitizen;

    @Inject
    AsClerk asClerk;

    @Inject
    DeskService desk;

    @Inject
    DeskQueries queries;

    private Receipt submitted() throws Exception {
        long service =
                repository.serviceCardTitled("اصلاح سرویس انشعاب").orElseThrow().getId();
        return asCitizen.call(
                () -> submission.submit(DeskSamples.branchCorrection(service), DeskSamples.identityDocument()));
    }

    @Test
    void theCodeWithItsNationalIdShowsTheStages() throws Exception {
        Receipt receipt = submitted();
        TrackingView view = tracking.track(PersianDigits.toPersian(receipt.groupedCode()), DeskSamples.NATIONAL_ID)
                .orElseThrow();
        assertEquals(receipt.groupedCode(), view.groupedCode());
        assertEquals("بررسی فرم در دفتر", view.stage().in("fa"));
        assertTrue(view.history().stream().allMatch(h -> h.person() == null && h.note() == null), "no names, no notes");
    }

    @Test
    void thePublicPageShowsNoCommentsOnTheSteps() throws Exception {
        Receipt receipt = submitted();
        long id = receipt.requestId();
        asClerk.call(() -> {
            desk.move(
                    id,
                    queries.request(id).version(),
                    "approve-form",
                    TransitionInput.comment("یادداشت داخلی دفتر"),
                    null);
            return null;
        });
        TrackingView view =
                tracking.track(receipt.trackingCode(), DeskSamples.NATIONAL_ID).orElseThrow();
        assertEquals(2, view.history().size());
        assertTrue(view.history().stream().allMatch(h -> h.note() == null && h.person() == null));
    }

    @Test
    void theRightCodeWithAnotherNationalIdShowsNothing() throws Exception {
        Receipt receipt = submitted();
        assertTrue(tracking.track(receipt.trackingCode(), DeskSamples.OTHER_NATIONAL_ID)
                .isEmpty());
        assertTrue(tracking.track(receipt.trackingCode(), "").isEmpty(), "no lookup by code alone");
    }

    @Test
    void aClientIsStoppedAfterTenAttempts() {
        origin.set("192.0.2.99", "fa");
        for (int i = 0; i < 10; i++) {
            assertTrue(
                    tracking.track("1234-5678-9012-34", DeskSamples.NATIONAL_ID).isEmpty());
        }
        assertThrows(TooManyAttempts.class, () -> tracking.track("1234-5678-9012-34", DeskSamples.NATIONAL_ID));
        origin.set("192.0.2.100", "fa");
        assertTrue(
                tracking.track("1234-5678-9012-34", DeskSamples.NATIONAL_ID).isEmpty(),
                "another client is not held back");
    }
}
