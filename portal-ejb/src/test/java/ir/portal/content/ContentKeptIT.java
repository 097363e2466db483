package ir.portal.content;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.portal.catalog.AsEditor;
import ir.portal.catalog.AsManager;
import ir.portal.content.application.ContentForm;
import ir.portal.content.application.ContentQueries;
import ir.portal.content.application.ContentReview;
import ir.portal.content.application.ContentService;
import ir.portal.content.application.ContentView;
import ir.portal.content.domain.ContentKind;
import ir.portal.desk.DeskSamples;
import ir.portal.platform.domain.LocalizedText;
import ir.portal.platform.errors.InvalidInput;
import ir.portal.platform.errors.Refused;
import ir.portal.platform.files.KeptFileView;
import ir.portal.platform.files.Upload;
import ir.portal.platform.time.PortalClock;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What an item keeps (issue 11): its publication window, a body safe to show, revisions to restore. */
@ExtendWith(ArquillianExtension.class)
class ContentKeptIT {

    @Inject
    private ContentService content;

    @Inject
    private ContentQueries queries;

    @Inject
    private AsEditor asEditor;

    @Inject
    private ContentSteps steps;

    @Inject
    private ContentReview review;

    @Inject
    private AsManager asManager;

    @Inject
    private PortalClock clock;

    @Test
    void anItemIsReadFromItsPublicationDayAndNoLongerFromItsExpiryDay() throws Exception {
        ContentForm form = ContentSamples.news("QOM-1", "خبر زمان‌بندی‌شده", "Scheduled");
        form.setPublishOn(clock.today().plusDays(2));
        form.setExpireOn(clock.today().plusDays(5));
        long id = steps.published(form);
        assertTrue(queries.item(id).isEmpty(), "published, but not before its day");
        try {
            clock.advance(Duration.ofDays(2));
            assertTrue(queries.item(id).isPresent(), "on its publication day");
            assertTrue(queries.latest(ContentKind.NEWS, "QOM-1", 100).stream().anyMatch(s -> s.id() == id));
            clock.advance(Duration.ofDays(3));
            assertTrue(queries.item(id).isEmpty(), "gone on its expiry day");
        } finally {
            clock.reset();
        }
        ContentForm backwards = ContentSamples.news("QOM-1", "بازه‌ی وارونه", "Backwards");
        backwards.setPublishOn(clock.today().plusDays(3));
        backwards.setExpireOn(clock.today().plusDays(1));
        InvalidInput refused = assertThrows(InvalidInput.class, () -> asEditor.call(() -> content.create(backwards)));
        assertEquals(Map.of("expireOn", "content.invalid.order"), refused.problems());
    }

    @Test
    void theBodyKeepsItsFormattingAndLosesScriptsHandlersAndJavascriptLinks() throws Exception {
        ContentForm form = ContentSamples.news("QOM-1", "متن خطرناک", "Dangerous text");
        form.getText()
                .setBody(new LocalizedText(
                        "<p class=\"ql-align-right\"><strong>مهم</strong> <a href=\"javascript:alert(1)\">اینجا</a>"
                                + " <a href=\"https://qepd.co.ir/news\">خبر</a></p><script>alert(2)</script>"
                                + "<p onclick=\"alert(3)\" style=\"color:red\">بند</p><img src=x onerror=alert(4)>"
                                + "<iframe src=\"https://evil.example\"></iframe>",
                        "<p>ok</p>"));
        long id = steps.published(form);
        String body = queries.item(id).orElseThrow().body().getFa();
        assertFalse(body.contains("script") || body.contains("alert"), body);
        assertFalse(body.contains("onclick") || body.contains("onerror") || body.contains("iframe"), body);
        assertFalse(body.contains("javascript:") || body.contains("style="), body);
        assertTrue(body.contains("<strong>مهم</strong>"), body);
        assertTrue(body.contains("class=\"ql-align-right\""), body);
        assertTrue(body.contains("href=\"https://qepd.co.ir/news\""), body);

        ContentForm empty = ContentSamples.news("QOM-1", "بی‌متن", "No text");
        empty.getText().setBody(new LocalizedText("<p><br></p><script>x</script>", ""));
        InvalidInput refused = assertThrows(InvalidInput.class, () -> asEditor.call(() -> content.create(empty)));
        assertEquals(Map.of("text.body.fa", "platform.required"), refused.problems());
    }

    @Test
    void anEarlierRevisionIsRestoredThroughReview() throws Exception {
        long id = steps.published(ContentSamples.news("QOM-1", "عنوان نخست", "First"));
        ContentForm form = asEditor.call(() -> content.edit(id));
        form.getText().setTitle(new LocalizedText("عنوان دوم", "Second"));
        asEditor.call(() -> {
            content.update(id, form);
            return null;
        });
        ContentForm restored = asEditor.call(() -> content.restore(id, 1));
        assertEquals("عنوان نخست", restored.getText().getTitle().getFa());
        asEditor.call(() -> {
            content.update(id, restored);
            return null;
        });
        ContentForm pendingOne = asEditor.call(() -> content.edit(id));
        assertEquals("عنوان نخست", pendingOne.getText().getTitle().getFa());
        assertEquals(List.of(), asEditor.call(() -> content.compare(id, 1, steps.lastKept(id))), "the first again");
        InvalidInput notKept = assertThrows(InvalidInput.class, () -> asEditor.call(() -> content.restore(id, 999)));
        assertEquals(Map.of("revision", "review.revision.not-kept"), notKept.problems());
    }

    @Test
    void aDocumentAddedToAPublishedItemGoesPublicWithItsRevisionAndOnlyFilesOfTheItemAreListed() throws Exception {
        long id = steps.published(ContentSamples.news("QOM-1", "مناقصه با اسناد", "Tender with documents"));
        KeptFileView kept = asEditor.call(
                () -> content.keepFile(id, new Upload("attachment", "اسناد مناقصه.pdf", DeskSamples.pdf())));
        assertEquals("اسناد مناقصه.pdf", kept.fileName());
        ContentForm form = asEditor.call(() -> content.edit(id));
        form.getText().setAttachmentIds(List.of(kept.id()));
        asEditor.call(() -> {
            content.update(id, form);
            return null;
        });
        assertEquals(List.of(), queries.item(id).orElseThrow().attachmentIds(), "not public while in review");
        assertTrue(queries.file(id, kept.id()).isEmpty(), "nor downloadable");

        ContentForm next = asEditor.call(() -> content.edit(id));
        asEditor.call(() -> {
            review.submit(id, next.getVersion(), next.getRevisionVersion());
            return null;
        });
        ContentForm inReview = asEditor.call(() -> content.edit(id));
        asManager.call(() -> {
            review.publish(id, inReview.getVersion(), inReview.getRevisionVersion());
            return null;
        });
        ContentView published = queries.item(id).orElseThrow();
        assertEquals(
                List.of("اسناد مناقصه.pdf"),
                queries.files(published).stream().map(KeptFileView::fileName).toList());
        assertArrayEquals(
                DeskSamples.pdf(), queries.file(id, kept.id()).orElseThrow().content());

        long other = steps.published(ContentSamples.news("QOM-1", "خبر دیگر", "Another"));
        ContentForm borrowing = asEditor.call(() -> content.edit(other));
        borrowing.getText().setAttachmentIds(List.of(kept.id()));
        assertThrows(
                Refused.class,
                () -> asEditor.call(() -> {
                    content.update(other, borrowing);
                    return null;
                }),
                "an item lists only its own files");
        assertTrue(queries.file(other, kept.id()).isEmpty());
        InvalidInput refused = assertThrows(
                InvalidInput.class,
                () -> asEditor.call(
                        () -> content.keepFile(id, new Upload("attachment", "form.pdf", DeskSamples.executable()))));
        assertEquals(Map.of("attachment", "platform.file.type"), refused.problems(), "a program named like a PDF");
    }

    @Test
    void aCoverIsAPictureOfTheItemAndShowsWithItsRevision() throws Exception {
        long id = steps.published(ContentSamples.news("QOM-1", "خبر با تصویر", "News with a picture"));
        KeptFileView picture =
                asEditor.call(() -> content.keepCover(id, new Upload("cover", "تصویر.png", DeskSamples.png())));
        ContentForm form = asEditor.call(() -> content.edit(id));
        form.getText().setCoverId(picture.id());
        asEditor.call(() -> {
            content.update(id, form);
            return null;
        });
        assertNull(queries.item(id).orElseThrow().coverId(), "not public while in review");
        assertTrue(queries.cover(id, picture.id()).isEmpty());

        steps.revised(id, f -> {});
        assertEquals(picture.id(), queries.item(id).orElseThrow().coverId());
        assertEquals(
                picture.id(),
                queries.latest(ContentKind.NEWS, "QOM-1", 100).stream()
                        .filter(s -> s.id() == id)
                        .findFirst()
                        .orElseThrow()
                        .coverId(),
                "the lists show it too");
        assertArrayEquals(
                DeskSamples.png(), queries.cover(id, picture.id()).orElseThrow().content());
        assertTrue(queries.file(id, picture.id()).isEmpty(), "a cover is not a document of the item");

        InvalidInput pdf = assertThrows(
                InvalidInput.class,
                () -> asEditor.call(() -> content.keepCover(id, new Upload("cover", "cover.png", DeskSamples.pdf()))));
        assertEquals(Map.of("cover", "platform.file.type"), pdf.problems(), "a PDF named like a picture");
        KeptFileView document =
                asEditor.call(() -> content.keepFile(id, new Upload("attachment", "سند.pdf", DeskSamples.pdf())));
        long other = steps.published(ContentSamples.news("QOM-1", "خبر بی‌تصویر", "No picture"));
        for (long notACover : new long[] {document.id(), picture.id()}) {
            ContentForm borrowing = asEditor.call(() -> content.edit(notACover == picture.id() ? other : id));
            borrowing.getText().setCoverId(notACover);
            assertThrows(
                    Refused.class,
                    () -> asEditor.call(() -> {
                        content.update(borrowing.getId(), borrowing);
                        return null;
                    }),
                    "a document, or another item's picture, is no cover");
        }
    }
}
