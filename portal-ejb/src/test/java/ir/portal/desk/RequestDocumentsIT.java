package ir.portal.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ir.portal.desk.application.DeskQueries;
import ir.portal.desk.application.DeskService;
import ir.portal.desk.application.DeskSubmission;
import ir.portal.desk.application.DocumentRow;
import ir.portal.desk.application.TransitionChoice;
import ir.portal.desk.domain.DeskRepository;
import ir.portal.desk.domain.TransitionInput;
import ir.portal.platform.files.Upload;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The request's documents are named in words, whoever gave them: the form's slot, the step, the message. */
@ExtendWith(ArquillianExtension.class)
class RequestDocumentsIT {

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

    /** Issue 9, defect 7: a step's file was listed as "transition.approve-form". */
    @Test
    void aStepsFileIsNamedByTheStepAndAMessagesFileAsSuch() throws Exception {
        long service =
                repository.serviceCardTitled("اصلاح سرویس انشعاب").orElseThrow().getId();
        long id = asCitizen
                .call(() -> submission.submit(DeskSamples.branchCorrection(service), DeskSamples.identityDocument()))
                .requestId();
        TransitionChoice approve = asClerk.call(() -> queries.request(id)).transitions().stream()
                .filter(t -> t.code().equals("approve-form"))
                .findFirst()
                .orElseThrow();
        asClerk.call(() -> {
            desk.move(
                    id,
                    queries.request(id).version(),
                    "approve-form",
                    TransitionInput.none(),
                    new Upload("file", "approved-form.pdf", DeskSamples.pdf()));
            desk.message(id, "رسید را پیوست کردم.", new Upload("file", "receipt.pdf", DeskSamples.pdf()));
            return null;
        });

        List<DocumentRow> documents = asClerk.call(() -> queries.request(id)).documents();
        assertEquals(3, documents.size());
        assertEquals("سند احراز هویت (مانند کارت ملی)", purposeOf(documents, "national-card.pdf"));
        assertEquals(approve.name().in("fa"), purposeOf(documents, "approved-form.pdf"));
        assertEquals("پیوست پیام", purposeOf(documents, "receipt.pdf"));
        assertEquals(
                "Attached to a message",
                documents.stream()
                        .filter(d -> d.fileName().equals("receipt.pdf"))
                        .findFirst()
                        .orElseThrow()
                        .purpose()
                        .in("en"));
    }

    /** Issue 9, defect 3: the stored and downloaded name ends as the detected type, without format characters. */
    @Test
    void aPdfNamedAsAWebPageIsKeptAndDownloadedAsAPdf() throws Exception {
        long service =
                repository.serviceCardTitled("اصلاح سرویس انشعاب").orElseThrow().getId();
        long id = asCitizen
                .call(() -> submission.submit(DeskSamples.branchCorrection(service), DeskSamples.identityDocument()))
                .requestId();
        byte[] withScript = (new String(DeskSamples.pdf(), StandardCharsets.ISO_8859_1) + "<script>alert(1)</script>")
                .getBytes(StandardCharsets.ISO_8859_1);
        asCitizen.call(() -> {
            desk.message(id, "اسکن قبض", new Upload("file", "\u202Escan\u2066.html", withScript));
            return null;
        });
        DocumentRow kept = asClerk.call(() -> queries.request(id)).documents().stream()
                .filter(d -> d.purpose().in("en").equals("Attached to a message"))
                .findFirst()
                .orElseThrow();
        assertEquals("scan.pdf", kept.fileName());
        assertEquals("application/pdf", kept.mediaType());
        assertEquals("scan.pdf", asClerk.call(() -> desk.download(kept.id())).fileName());
    }

    private static String purposeOf(List<DocumentRow> documents, String fileName) {
        return documents.stream()
                .filter(d -> d.fileName().equals(fileName))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + fileName + " in " + documents))
                .purpose()
                .in("fa");
    }
}
