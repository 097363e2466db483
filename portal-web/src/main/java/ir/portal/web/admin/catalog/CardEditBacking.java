package ir.portal.web.admin.catalog;

import ir.portal.accounts.application.UnitChoice;
import ir.portal.catalog.application.CardReview;
import ir.portal.catalog.application.CatalogService;
import ir.portal.catalog.application.RevisionView;
import ir.portal.catalog.application.ServiceCardForm;
import ir.portal.catalog.domain.SystemLink;
import ir.portal.catalog.domain.Vocabulary.CardStatus;
import ir.portal.platform.history.FieldChange;
import ir.portal.platform.review.ReviewState;
import ir.portal.platform.security.Right;
import ir.portal.web.Ids;
import ir.portal.web.i18n.Texts;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * {@code /admin/catalog/edit.xhtml}: drafting and editing a card; publishing and withdrawing it for those who may.
 * A published card is edited as its next version, which its author sends for review and the reviewer publishes or
 * returns with a comment, while visitors read the published one.
 * A refused save keeps everything typed and names each field in trouble.
 */
@Named
@ViewScoped
public class CardEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CatalogService catalog;

    @Inject
    private CardReview review;

    @Inject
    @Named("may")
    private Map<String, Boolean> may;

    private String id;
    private ServiceCardForm form;
    private List<UnitChoice> units;
    private List<RevisionView> history;
    private String comment;
    private String from;
    private Integer restoredFrom;
    private Integer compareFrom;
    private Integer compareTo;
    private List<FieldChange> comparison;

    public void load() throws IOException {
        units = catalog.units();
        if (id == null || id.isBlank()) {
            form = new ServiceCardForm();
            if (units.size() == 1) {
                form.setUnitCode(units.get(0).code());
            }
            history = List.of();
            return;
        }
        Optional<Long> cardId = Ids.parse(id);
        if (cardId.isEmpty()) {
            Faces.responseSendError(HttpServletResponse.SC_NOT_FOUND, "card");
            return;
        }
        Optional<Integer> restoring = Optional.ofNullable(from).flatMap(CardEditBacking::number);
        form = restoring.isPresent() ? review.restore(cardId.get(), restoring.get()) : catalog.edit(cardId.get());
        restoredFrom = restoring.orElse(null);
        history = catalog.history(form.getId());
        List<Integer> kept = getRestorable();
        if (kept.size() > 1) {
            compareTo = kept.get(0);
            compareFrom = kept.get(1);
        }
    }

    /** Shows what changed from one kept revision to another. */
    public void compare() {
        comparison = compareFrom == null || compareTo == null
                ? List.of()
                : review.compare(form.getId(), compareFrom, compareTo);
    }

    /** The numbers of the revisions that kept the whole card, newest first. */
    public List<Integer> getRestorable() {
        return history.stream()
                .filter(RevisionView::restorable)
                .map(RevisionView::number)
                .toList();
    }

    private static Optional<Integer> number(String text) {
        return Ids.parse(text).filter(n -> n <= Integer.MAX_VALUE).map(Long::intValue);
    }

    public String save() {
        long saved = form.getId() == null ? catalog.create(form) : update();
        return done(isPublished() ? "admin_card.revisionSaved" : "admin_card.saved", saved);
    }

    public String submitRevision() {
        review.submit(form.getId(), form.getRevisionVersion());
        return done("admin_card.revisionSubmitted", form.getId());
    }

    public String discardRevision() {
        review.discard(form.getId(), form.getRevisionVersion());
        return done("admin_card.revisionDiscarded", form.getId());
    }

    public String publishRevision() {
        review.publish(form.getId(), form.getVersion(), form.getRevisionVersion());
        return done("admin_card.published", form.getId());
    }

    public String returnRevision() {
        review.returnWith(form.getId(), form.getRevisionVersion(), comment);
        return done("admin_card.revisionReturned", form.getId());
    }

    private static String done(String key, long cardId) {
        Messages.addFlashGlobalInfo(Texts.text(key));
        return "/admin/catalog/edit.xhtml?faces-redirect=true&id=" + cardId;
    }

    private long update() {
        catalog.update(form.getId(), form);
        return form.getId();
    }

    public String publish() {
        catalog.publish(form.getId(), form.getVersion());
        Messages.addFlashGlobalInfo(Texts.text("admin_card.published"));
        return "/admin/catalog/edit.xhtml?faces-redirect=true&id=" + form.getId();
    }

    public String withdraw() {
        catalog.withdraw(form.getId(), form.getVersion());
        Messages.addFlashGlobalInfo(Texts.text("admin_card.withdrawn"));
        return "/admin/catalog/edit.xhtml?faces-redirect=true&id=" + form.getId();
    }

    public void addLink() {
        form.addLink();
    }

    public void removeLink(SystemLink link) {
        form.removeLink(link);
    }

    public boolean isMayPublish() {
        return form != null && form.getId() != null && may.get(Right.CARDS_PUBLISH.name());
    }

    /** A reviewer looking at a published card's next version sent for review. */
    public boolean isReviewing() {
        return isMayPublish() && form.getRevisionState() == ReviewState.IN_REVIEW;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    /** The revision the form was filled from, when the editor chose to restore one. */
    public Integer getRestoredFrom() {
        return restoredFrom;
    }

    public Integer getCompareFrom() {
        return compareFrom;
    }

    public void setCompareFrom(Integer compareFrom) {
        this.compareFrom = compareFrom;
    }

    public Integer getCompareTo() {
        return compareTo;
    }

    public void setCompareTo(Integer compareTo) {
        this.compareTo = compareTo;
    }

    public List<FieldChange> getComparison() {
        return comparison;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public boolean isPublished() {
        return form != null && form.getStatus() == CardStatus.PUBLISHED;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public ServiceCardForm getForm() {
        return form;
    }

    public List<UnitChoice> getUnits() {
        return units;
    }

    public List<RevisionView> getHistory() {
        return history;
    }
}
