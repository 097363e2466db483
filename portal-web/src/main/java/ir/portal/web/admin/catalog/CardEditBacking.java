package ir.portal.web.admin.catalog;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import ir.portal.accounts.domain.Roles;
import ir.portal.catalog.application.CatalogAccessDenied;
import ir.portal.catalog.application.CatalogService;
import ir.portal.catalog.application.CatalogService.UnitChoice;
import ir.portal.catalog.application.InvalidCardException;
import ir.portal.catalog.application.RevisionView;
import ir.portal.catalog.application.ServiceCardForm;
import ir.portal.catalog.domain.SystemLink;
import ir.portal.catalog.domain.Vocabulary.CardStatus;
import ir.portal.platform.domain.ConcurrentEditException;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

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
        try {
            form = catalog.edit(Long.parseLong(id));
            history = catalog.history(form.getId());
        } catch (NumberFormatException | CatalogAccessDenied | EJBAccessException e) {
            Faces.responseSendError(404, "card");
        }
    }

    public String save() {
        try {
            if (form.getId() == null) {
                long created = catalog.create(form);
                Messages.addFlashGlobalInfo(text("admin_card.saved"));
                return "/admin/catalog/edit.xhtml?faces-redirect=true&id=" + created;
            }
            catalog.update(form.getId(), form);
            Messages.addFlashGlobalInfo(text("admin_card.saved"));
            return "/admin/catalog/edit.xhtml?faces-redirect=true&id=" + form.getId();
        } catch (InvalidCardException e) {
            e.problems().forEach(this::fieldProblem);
            Messages.addGlobalError(text("admin_card.invalid"));
        } catch (ConcurrentEditException e) {
            Messages.addGlobalError(text("admin_card.concurrent"));
        } catch (CatalogAccessDenied | EJBAccessException e) {
            Messages.addGlobalError(text("admin_card.denied"));
        }
        Faces.validationFailed();
        return null;
    }

    public String publish() {
        return change(() -> catalog.publish(form.getId(), form.getVersion()), "admin_card.published");
    }

    public String withdraw() {
        return change(() -> catalog.withdraw(form.getId(), form.getVersion()), "admin_card.withdrawn");
    }

    private String change(Runnable action, String done) {
        try {
            action.run();
            Messages.addFlashGlobalInfo(text(done));
            return "/admin/catalog/edit.xhtml?faces-redirect=true&id=" + form.getId();
        } catch (ConcurrentEditException e) {
            Messages.addGlobalError(text("admin_card.concurrent"));
        } catch (CatalogAccessDenied | EJBAccessException | IllegalStateException e) {
            Messages.addGlobalError(text("admin_card.denied"));
        }
        return null;
    }

    public void addLink() {
        form.addLink();
    }

    public void removeLink(SystemLink link) {
        form.removeLink(link);
    }

    /** Shows the message next to its field: {@code content.title.fa} is the input {@code card:titleFa}. */
    private void fieldProblem(String field, String key) {
        String[] parts = field.replaceFirst("^content\\.", "").split("\\.");
        StringBuilder id = new StringBuilder(parts[0].equals("unitCode") ? "unit" : parts[0]);
        for (int i = 1; i < parts.length; i++) {
            id.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
        }
        if (Faces.getViewRoot().findComponent("card:" + id) != null) {
            Messages.addError("card:" + id, text(key));
        } else {
            Messages.addGlobalError(text(key));
        }
    }

    private static String text(String key) {
        return Faces.getResourceBundle("text").getString(key);
    }

    public boolean isMayPublish() {
        return form != null && form.getId() != null
                && (Faces.isUserInRole(Roles.UNIT_MANAGER) || Faces.isUserInRole(Roles.PORTAL_EXPERT));
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
