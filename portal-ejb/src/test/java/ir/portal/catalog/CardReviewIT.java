package ir.portal.catalog;

import static ir.portal.Thrown.causedBy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.portal.catalog.application.CardReview;
import ir.portal.catalog.application.CatalogQueries;
import ir.portal.catalog.application.CatalogService;
import ir.portal.catalog.application.RevisionView;
import ir.portal.catalog.application.ServiceCardForm;
import ir.portal.catalog.domain.CardAction;
import ir.portal.catalog.domain.Vocabulary.CardStatus;
import ir.portal.notify.SentMail;
import ir.portal.platform.domain.LocalizedText;
import ir.portal.platform.errors.ConcurrentEdit;
import ir.portal.platform.errors.InvalidInput;
import ir.portal.platform.errors.Refused;
import ir.portal.platform.history.FieldChange;
import ir.portal.platform.review.ReviewState;
import jakarta.inject.Inject;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A published card's next version through review (issue 11), its revisions compared and restored. */
@ExtendWith(ArquillianExtension.class)
class CardReviewIT {

    @Inject
    private CatalogService catalog;

    @Inject
    private CardReview review;

    @Inject
    private CatalogQueries queries;

    @Inject
    private AsEditor asEditor;

    @Inject
    private AsManager asManager;

    @Inject
    private AsExpert asExpert;

    @Inject
    private SentMail mail;

    /** Issue 11, finding 1: an editor's change to a published card waited for no one. */
    @Test
    void aPublishedCardEditedStaysLiveUntilItsRevisionIsPublished() throws Exception {
        long id = asEditor.call(() -> catalog.create(CardSamples.minimal("QOM-1", "نسخه‌ی منتشرشده", "Published")));
        long draft = asManager.call(() -> catalog.edit(id)).getVersion();
        asManager.call(() -> {
            catalog.publish(id, draft);
            return null;
        });
        ServiceCardForm form = asEditor.call(() -> catalog.edit(id));
        form.getContent().setTitle(new LocalizedText("نسخه‌ی ویراسته", "Edited"));
        asEditor.call(() -> {
            catalog.update(id, form);
            return null;
        });
        assertEquals(
                "نسخه‌ی منتشرشده",
                queries.published(id).orElseThrow().content().getTitle().getFa(),
                "visitors still read the published card");

        ServiceCardForm revision = asEditor.call(() -> catalog.edit(id));
        assertEquals("نسخه‌ی ویراسته", revision.getContent().getTitle().getFa(), "the editor goes on from it");
        assertEquals(ReviewState.EDITING, revision.getRevisionState());
        assertEquals(CardStatus.PUBLISHED, revision.getStatus());
        assertThrows(
                ConcurrentEdit.class,
                () -> asEditor.call(() -> {
                    catalog.update(id, form);
                    return null;
                }),
                "a page left open on the published card is told that a revision came in between");
        assertThrows(
                Refused.class,
                () -> asEditor.call(() -> {
                    review.publish(id, revision.getVersion(), revision.getRevisionVersion());
                    return null;
                }),
                "an editor does not publish");
        asEditor.call(() -> {
            review.submit(id, revision.getRevisionVersion());
            return null;
        });
        ServiceCardForm inReview = asManager.call(() -> catalog.edit(id));
        assertEquals(ReviewState.IN_REVIEW, inReview.getRevisionState());
        Exception locked = assertThrows(
                Exception.class,
                () -> asEditor.call(() -> {
                    catalog.update(id, inReview);
                    return null;
                }));
        assertTrue(causedBy(locked, InvalidInput.class), "the reviewer has it: " + locked);
        asManager.call(() -> {
            review.returnWith(id, inReview.getRevisionVersion(), "عنوان انگلیسی را کامل کنید");
            return null;
        });

        ServiceCardForm returned = asEditor.call(() -> catalog.edit(id));
        assertEquals(ReviewState.RETURNED, returned.getRevisionState());
        assertEquals("عنوان انگلیسی را کامل کنید", returned.getReviewComment());
        assertEquals("manager", returned.getReviewedBy());
        returned.getContent().setTitle(new LocalizedText("نسخه‌ی ویراسته", "Edited version"));
        asEditor.call(() -> {
            catalog.update(id, returned);
            return null;
        });
        asEditor.call(() -> {
            review.submit(id, catalog.edit(id).getRevisionVersion());
            return null;
        });
        assertEquals(
                "Published",
                queries.published(id).orElseThrow().content().getTitle().getEn(),
                "still the published card while in review");
        ServiceCardForm approved = asManager.call(() -> catalog.edit(id));
        asManager.call(() -> {
            review.publish(id, approved.getVersion(), approved.getRevisionVersion());
            return null;
        });

        assertEquals(
                "Edited version",
                queries.published(id).orElseThrow().content().getTitle().getEn(),
                "visitors read the reviewed version");
        assertEquals(null, asEditor.call(() -> catalog.edit(id)).getRevisionVersion(), "nothing waits any more");
        assertEquals(
                List.of(
                        CardAction.PUBLISHED,
                        CardAction.SUBMITTED,
                        CardAction.REVISED,
                        CardAction.RETURNED,
                        CardAction.SUBMITTED,
                        CardAction.REVISED,
                        CardAction.PUBLISHED,
                        CardAction.CREATED),
                asManager.call(() -> catalog.history(id)).stream()
                        .map(RevisionView::action)
                        .toList());
        assertEquals(
                List.of(
                        new FieldChange("title.fa", "نسخه‌ی منتشرشده", "نسخه‌ی ویراسته"),
                        new FieldChange("title.en", "Published", "Edited version")),
                asManager.call(() -> catalog.history(id)).get(0).changes(),
                "the publication names what changed for visitors");
        assertEquals(2, mail.count("manager@portal.example", "نسخه‌ی منتشرشده"), "the reviewer heard of each sending");
        assertEquals(1, mail.count("editor@portal.example", "نسخه‌ی منتشرشده"), "the editor heard of the return");
        assertEquals(1, mail.count("editor@portal.example", "نسخه‌ی ویراسته"), "and of the publication");
    }

    @Test
    void anyTwoRevisionsCompareAndAnEarlierOneIsRestoredThroughReview() throws Exception {
        long id = asEditor.call(() -> catalog.create(CardSamples.minimal("QOM-1", "نخستین عنوان", "First")));
        ServiceCardForm form = asEditor.call(() -> catalog.edit(id));
        form.getContent().setTitle(new LocalizedText("دومین عنوان", "Second"));
        form.getContent().setAverageDays(9);
        asEditor.call(() -> {
            catalog.update(id, form);
            return null;
        });
        long version = asManager.call(() -> catalog.edit(id)).getVersion();
        asManager.call(() -> {
            catalog.publish(id, version);
            return null;
        });
        assertEquals(
                List.of(
                        new FieldChange("title.fa", "نخستین عنوان", "دومین عنوان"),
                        new FieldChange("title.en", "First", "Second"),
                        new FieldChange("averageDays", null, "9")),
                asEditor.call(() -> review.compare(id, 1, 3)),
                "the created card against the published one");
        assertTrue(asEditor.call(() -> catalog.history(id)).stream().allMatch(RevisionView::restorable));

        ServiceCardForm restored = asEditor.call(() -> review.restore(id, 1));
        assertEquals("نخستین عنوان", restored.getContent().getTitle().getFa());
        asEditor.call(() -> {
            catalog.update(id, restored);
            return null;
        });
        assertEquals(
                "دومین عنوان",
                queries.published(id).orElseThrow().content().getTitle().getFa(),
                "restoring a published card's earlier revision goes through review like any edit");
        ServiceCardForm pendingOne = asEditor.call(() -> catalog.edit(id));
        assertEquals(ReviewState.EDITING, pendingOne.getRevisionState());
        assertEquals("نخستین عنوان", pendingOne.getContent().getTitle().getFa());
        assertEquals(List.of(), asEditor.call(() -> review.compare(id, 1, 4)), "the restored one is the first again");
    }

    @Test
    void noOneReviewsAnotherUnitsRevisionByPassingItsId() throws Exception {
        long other = asExpert.call(() -> catalog.create(CardSamples.minimal("KAHAK", "کارت واحد دیگر", "Other")));
        long draft = asExpert.call(() -> catalog.edit(other)).getVersion();
        asExpert.call(() -> {
            catalog.publish(other, draft);
            return null;
        });
        ServiceCardForm form = asExpert.call(() -> catalog.edit(other));
        form.getContent().setTitle(new LocalizedText("ویرایش کارشناس", "Expert's edit"));
        asExpert.call(() -> {
            catalog.update(other, form);
            return null;
        });
        long pending = asExpert.call(() -> catalog.edit(other)).getRevisionVersion();

        assertThrows(
                Refused.class,
                () -> asEditor.call(() -> {
                    review.submit(other, pending);
                    return null;
                }),
                "an editor of QOM-1 sends nothing of Kahak");
        asExpert.call(() -> {
            review.submit(other, pending);
            return null;
        });
        ServiceCardForm inReview = asExpert.call(() -> catalog.edit(other));
        assertThrows(
                Refused.class,
                () -> asManager.call(() -> {
                    review.publish(other, inReview.getVersion(), inReview.getRevisionVersion());
                    return null;
                }),
                "the manager of QOM-1 publishes nothing of Kahak");
        assertThrows(
                Refused.class,
                () -> asManager.call(() -> {
                    review.returnWith(other, inReview.getRevisionVersion(), "نه");
                    return null;
                }));
        assertThrows(Refused.class, () -> asEditor.call(() -> review.compare(other, 1, 3)));
        assertEquals(
                "کارت واحد دیگر",
                queries.published(other).orElseThrow().content().getTitle().getFa(),
                "the card stayed as published");
        asExpert.call(() -> {
            review.publish(other, inReview.getVersion(), inReview.getRevisionVersion());
            return null;
        });
        assertEquals(
                "ویرایش کارشناس",
                queries.published(other).orElseThrow().content().getTitle().getFa(),
                "the portal expert reviews every unit");
    }
}
