package ir.portal.content;

import static ir.portal.Thrown.causedBy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.portal.catalog.AsEditor;
import ir.portal.catalog.AsExpert;
import ir.portal.catalog.AsManager;
import ir.portal.content.application.ContentForm;
import ir.portal.content.application.ContentQueries;
import ir.portal.content.application.ContentReview;
import ir.portal.content.application.ContentService;
import ir.portal.content.application.ContentSummary;
import ir.portal.content.domain.ContentKind;
import ir.portal.content.domain.ContentStatus;
import ir.portal.notify.SentMail;
import ir.portal.platform.domain.LocalizedText;
import ir.portal.platform.errors.ConcurrentEdit;
import ir.portal.platform.errors.InvalidInput;
import ir.portal.platform.errors.Refused;
import ir.portal.platform.history.FieldChange;
import ir.portal.platform.review.ReviewState;
import ir.portal.platform.review.RevisionLine;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Content through review (issue 11): who may do what, and what visitors read meanwhile. */
@ExtendWith(ArquillianExtension.class)
class ContentServiceIT {

    @Inject
    private ContentService content;

    @Inject
    private ContentReview review;

    @Inject
    private ContentQueries queries;

    @Inject
    private AsEditor asEditor;

    @Inject
    private AsManager asManager;

    @Inject
    private AsExpert asExpert;

    @Inject
    private ContentSteps steps;

    @Inject
    private SentMail mail;

    @Test
    void anEditorWritesTheManagerReturnsThenPublishesAndVisitorsReadIt() throws Exception {
        long id = asEditor.call(() -> content.create(ContentSamples.news("QOM-1", "قطعی برنامه‌ریزی‌شده", "Planned")));
        assertTrue(queries.item(id).isEmpty(), "a draft is not public");
        assertThrows(
                Refused.class,
                () -> asEditor.call(() -> {
                    review.publish(id, steps.version(id), null);
                    return null;
                }),
                "an editor does not publish");
        asEditor.call(() -> {
            review.submit(id, steps.version(id), null);
            return null;
        });
        assertEquals(
                ContentStatus.IN_REVIEW, asEditor.call(() -> content.edit(id)).getStatus());
        Exception locked = assertThrows(
                Exception.class,
                () -> asEditor.call(() -> {
                    content.update(id, asEditor.call(() -> content.edit(id)));
                    return null;
                }));
        assertTrue(causedBy(locked, InvalidInput.class), "the reviewer has it: " + locked);

        InvalidInput noReason = assertThrows(
                InvalidInput.class,
                () -> asManager.call(() -> {
                    review.returnWith(id, steps.version(id), null, " ");
                    return null;
                }));
        assertEquals(Map.of("comment", "platform.required"), noReason.problems());
        asManager.call(() -> {
            review.returnWith(id, steps.version(id), null, "تاریخ قطعی را بنویسید");
            return null;
        });
        ContentForm returned = asEditor.call(() -> content.edit(id));
        assertEquals(ContentStatus.RETURNED, returned.getStatus());
        assertEquals("تاریخ قطعی را بنویسید", returned.getReviewComment());
        assertEquals(1, mail.count("editor@portal.example", "قطعی برنامه‌ریزی‌شده"), "the editor heard of the return");

        returned.getText().setSummary(new LocalizedText("شنبه ساعت ۹ تا ۱۱", "Saturday 9 to 11"));
        asEditor.call(() -> {
            content.update(id, returned);
            return null;
        });
        asEditor.call(() -> {
            review.submit(id, steps.version(id), null);
            return null;
        });
        assertEquals(
                2, mail.count("manager@portal.example", "قطعی برنامه‌ریزی‌شده"), "the manager heard of each sending");
        asManager.call(() -> {
            review.publish(id, steps.version(id), null);
            return null;
        });

        assertEquals(
                "شنبه ساعت ۹ تا ۱۱", queries.item(id).orElseThrow().summary().getFa());
        List<ContentSummary> latest = queries.latest(ContentKind.NEWS, null, 100);
        assertTrue(latest.stream().anyMatch(s -> s.id() == id), "on the public list");
        assertTrue(
                queries.latest(ContentKind.NEWS, "QOM-2", 100).stream().noneMatch(s -> s.id() == id),
                "and only on its own unit's sub-site");
        assertEquals(
                List.of("PUBLISHED", "SUBMITTED", "EDITED", "RETURNED", "SUBMITTED", "CREATED"),
                asManager.call(() -> content.history(id)).stream()
                        .map(RevisionLine::action)
                        .toList());
    }

    @Test
    void aPublishedItemEditedStaysLiveUntilItsRevisionIsPublished() throws Exception {
        long id = steps.published(ContentSamples.news("QOM-1", "خبر منتشرشده", "Published news"));
        ContentForm form = asEditor.call(() -> content.edit(id));
        form.getText().setTitle(new LocalizedText("خبر ویراسته", "Edited news"));
        asEditor.call(() -> {
            content.update(id, form);
            return null;
        });
        assertEquals("خبر منتشرشده", queries.item(id).orElseThrow().title().getFa(), "visitors read the published one");
        ContentForm next = asEditor.call(() -> content.edit(id));
        assertEquals("خبر ویراسته", next.getText().getTitle().getFa());
        assertEquals(ReviewState.EDITING, next.getRevisionState());
        assertThrows(
                ConcurrentEdit.class,
                () -> asEditor.call(() -> {
                    content.update(id, form);
                    return null;
                }),
                "a page left open before the revision is told");
        asEditor.call(() -> {
            review.submit(id, next.getVersion(), next.getRevisionVersion());
            return null;
        });
        ContentForm inReview = asManager.call(() -> content.edit(id));
        assertEquals(ReviewState.IN_REVIEW, inReview.getRevisionState());
        assertEquals("خبر منتشرشده", queries.item(id).orElseThrow().title().getFa(), "still, while in review");
        asManager.call(() -> {
            review.publish(id, inReview.getVersion(), inReview.getRevisionVersion());
            return null;
        });
        assertEquals("خبر ویراسته", queries.item(id).orElseThrow().title().getFa(), "the reviewed version is live");
        assertEquals(null, asEditor.call(() -> content.edit(id)).getRevisionVersion(), "nothing waits any more");
        assertEquals(
                List.of(
                        new FieldChange("title.fa", "خبر منتشرشده", "خبر ویراسته"),
                        new FieldChange("title.en", "Published news", "Edited news")),
                asEditor.call(() -> content.compare(id, 1, steps.lastKept(id))),
                "the first revision against the published one");
    }

    @Test
    void noOneWritesOrReviewsInAnotherUnitByPassingItsId() throws Exception {
        long other = asExpert.call(() -> content.create(ContentSamples.news("QOM-2", "خبر واحد دیگر", "Other unit")));
        assertThrows(
                Refused.class,
                () -> asEditor.call(() -> content.create(ContentSamples.news("QOM-2", "نه", "No"))),
                "an editor of QOM-1 writes nothing for QOM-2");
        assertThrows(Refused.class, () -> asEditor.call(() -> content.edit(other)));
        ContentForm form = asExpert.call(() -> content.edit(other));
        form.getText().setTitle(new LocalizedText("دست‌برده", "Tampered"));
        assertThrows(
                Refused.class,
                () -> asEditor.call(() -> {
                    content.update(other, form);
                    return null;
                }));
        ContentForm mine = ContentSamples.news("QOM-1", "خبر من", "Mine");
        long own = asEditor.call(() -> content.create(mine));
        ContentForm moving = asEditor.call(() -> content.edit(own));
        moving.setUnitCode("QOM-2");
        assertThrows(
                Refused.class,
                () -> asEditor.call(() -> {
                    content.update(own, moving);
                    return null;
                }),
                "nor moves their own item into another unit");
        assertThrows(
                Refused.class,
                () -> asManager.call(() -> {
                    review.publish(other, steps.version(other), null);
                    return null;
                }),
                "the manager of QOM-1 publishes nothing of QOM-2");
        assertThrows(
                Refused.class,
                () -> asManager.call(() -> {
                    review.returnWith(other, steps.version(other), null, "نه");
                    return null;
                }));
        assertTrue(queries.item(other).isEmpty());
        asExpert.call(() -> {
            review.publish(other, steps.version(other), null);
            return null;
        });
        assertTrue(queries.item(other).isPresent(), "the portal expert publishes in every unit");
        assertFalse(
                asEditor.call(() -> content.list(null, 0, 100)).items().stream().anyMatch(r -> r.id() == other),
                "an editor's list holds only their unit's items");
    }
}
