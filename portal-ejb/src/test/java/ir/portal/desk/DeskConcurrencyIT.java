package ir.portal.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ir.portal.desk.application.DeskQueries;
import ir.portal.desk.application.DeskService;
import ir.portal.desk.application.DeskSubmission;
import ir.portal.desk.application.Receipt;
import ir.portal.desk.domain.DeskRepository;
import ir.portal.desk.domain.RequestEventKind;
import ir.portal.desk.domain.TransitionInput;
import ir.portal.platform.errors.ConcurrentEdit;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Two officers acting on one request at once: one wins, the other is told, nothing is half done. */
@ExtendWith(ArquillianExtension.class)
class DeskConcurrencyIT {

    @Inject
    DeskSubmission submission;

    @Inject
    DeskService desk;

    @Inject
    DeskQueries queries;

    @Inject
    DeskRepository repository;

    @Inject
    AsApplicant asCitizen;

    @Inject
    AsClerk asClerk;

    private long submitted() throws Exception {
        long service =
                repository.serviceCardTitled("اصلاح سرویس انشعاب").orElseThrow().getId();
        Receipt receipt = asCitizen.call(
                () -> submission.submit(DeskSamples.branchCorrection(service), DeskSamples.identityDocument()));
        return receipt.requestId();
    }

    @Test
    void aStepTakenOnAVersionSomeoneElseMovedOnIsRefused() throws Exception {
        long id = submitted();
        long seen = asClerk.call(() -> queries.request(id).version());
        asClerk.call(() -> {
            desk.move(id, seen, "approve-form", TransitionInput.none(), null);
            return null;
        });
        assertThrows(
                ConcurrentEdit.class,
                () -> asClerk.call(() -> {
                    desk.move(id, seen, "approve-form", TransitionInput.none(), null);
                    return null;
                }));
        assertEquals(
                "debt-settlement",
                asClerk.call(() -> queries.request(id)).steps().stream()
                        .filter(s -> s.current())
                        .findFirst()
                        .orElseThrow()
                        .code());
    }

    @Test
    void concurrentStepsOnOneRequestHaveExactlyOneWinner() throws Exception {
        long id = submitted();
        long seen = asClerk.call(() -> queries.request(id).version());
        int racers = 4;
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        for (int i = 0; i < racers; i++) {
            results.add(pool.submit(() -> {
                start.await();
                try {
                    asClerk.call(() -> {
                        desk.move(id, seen, "approve-form", TransitionInput.none(), null);
                        return null;
                    });
                    return true;
                } catch (ConcurrentEdit e) {
                    return false;
                }
            }));
        }
        start.countDown();
        int winners = 0;
        for (Future<Boolean> result : results) {
            winners += result.get(60, TimeUnit.SECONDS) ? 1 : 0;
        }
        pool.shutdown();
        assertEquals(1, winners);
        assertEquals(
                1,
                asClerk.call(() -> queries.request(id)).history().stream()
                        .filter(h -> h.kind() == RequestEventKind.TRANSITION)
                        .count(),
                "one step in the history");
    }
}
