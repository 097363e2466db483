package ir.portal.web.admin.catalog;

import ir.portal.catalog.application.CatalogService;
import ir.portal.catalog.application.CatalogService.UnitChoice;
import ir.portal.catalog.application.RevisionView;
import ir.portal.catalog.application.ServiceCardForm;
import ir.portal.catalog.domain.SystemLink;
import ir.portal.catalog.domain.Vocabulary.CardStatus;
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
 * A refused save keeps everything typed and names each field in trouble.
 */
@Named
@ViewScoped
public class CardEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CatalogService catalog;

    @Inject
    @Named("may")
    private Map<String, Boolean> may;

    private String id;
    private ServiceCardForm form;
    private List<UnitChoice> units;
    private List<RevisionView> history;

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
        form = catalog.edit(cardId.get());
        history = catalog.history(form.getId());
    }

    public String save() {
        long saved = form.getId() == null ? catalog.create(form) : update();
        Messages.addFlashGlobalInfo(Texts.text("admin_card.saved"));
        return "/admin/catalog/edit.xhtml?faces-redirect=true&id=" + saved;
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
