package ir.portal.content;

import ir.portal.catalog.AsEditor;
import ir.portal.catalog.AsExpert;
import ir.portal.catalog.AsManager;
import ir.portal.content.application.ContentForm;
import ir.portal.content.application.ContentReview;
import ir.portal.content.application.ContentService;
import ir.portal.platform.review.RevisionLine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The steps the content tests take again and again, as the demo's editor, manager and portal expert. */
@ApplicationScoped
class ContentSteps {

    @Inject
    ContentService content;

    @Inject
    ContentReview review;

    @Inject
    AsEditor asEditor;

    @Inject
    AsManager asManager;

    @Inject
    AsExpert asExpert;

    /** The item as the editor wrote it, published by the unit's manager. */
    long published(ContentForm form) throws Exception {
        long id = asEditor.call(() -> content.create(form));
        asManager.call(() -> {
            review.publish(id, version(id), null);
            return null;
        });
        return id;
    }

    /** The published item's revision as the editor changes it, sent for review and published by the manager. */
    void revised(long id, java.util.function.Consumer<ContentForm> change) throws Exception {
        ContentForm form = asEditor.call(() -> content.edit(id));
        change.accept(form);
        asEditor.call(() -> {
            content.update(id, form);
            return null;
        });
        ContentForm saved = asEditor.call(() -> content.edit(id));
        asEditor.call(() -> {
            review.submit(id, saved.getVersion(), saved.getRevisionVersion());
            return null;
        });
        ContentForm inReview = asEditor.call(() -> content.edit(id));
        asManager.call(() -> {
            review.publish(id, inReview.getVersion(), inReview.getRevisionVersion());
            return null;
        });
    }

    long version(long id) throws Exception {
        return asExpert.call(() -> content.edit(id)).getVersion();
    }

    /** The number of the newest revision that kept the whole item. */
    int lastKept(long id) throws Exception {
        return asExpert.call(() -> content.history(id)).stream()
                .filter(RevisionLine::restorable)
                .findFirst()
                .orElseThrow()
                .number();
    }
}
