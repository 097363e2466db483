package ir.portal.web.admin.catalog;

import java.io.IOException;
import java.io.Serializable;

import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import ir.portal.catalog.application.CatalogAccessDenied;
import ir.portal.catalog.application.CatalogService;
import ir.portal.catalog.application.InvalidCardException;
import ir.portal.catalog.application.LicenseForm;
import ir.portal.catalog.application.ServiceCardForm;
import ir.portal.catalog.domain.LicenseInquiry;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** {@code /admin/catalog/license.xhtml?card=}: the license identity card of a service that issues a license. */
@Named
@ViewScoped
public class LicenseEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CatalogService catalog;

    private String card;
    private long cardId;
    private ServiceCardForm service;
    private LicenseForm form;

    public void load() throws IOException {
        try {
            cardId = Long.parseLong(card);
            service = catalog.edit(cardId);
            form = catalog.editLicense(cardId);
        } catch (NumberFormatException | CatalogAccessDenied | EJBAccessException e) {
            Faces.responseSendError(404, "card");
        }
    }

    public String save() {
        try {
            catalog.defineLicense(cardId, form);
            Messages.addFlashGlobalInfo(text("admin_license.saved"));
            return "/admin/catalog/license.xhtml?faces-redirect=true&card=" + cardId;
        } catch (InvalidCardException e) {
            Messages.addError("license:titleFa", text("catalog.invalid.required"));
            Messages.addGlobalError(text("admin_card.invalid"));
        } catch (CatalogAccessDenied | EJBAccessException e) {
            Messages.addGlobalError(text("admin_card.denied"));
        }
        Faces.validationFailed();
        return null;
    }

    public void addInquiry() {
        form.addInquiry();
    }

    public void removeInquiry(LicenseInquiry inquiry) {
        form.removeInquiry(inquiry);
    }

    private static String text(String key) {
        return Faces.getResourceBundle("text").getString(key);
    }

    public String getCard() {
        return card;
    }

    public void setCard(String card) {
        this.card = card;
    }

    public ServiceCardForm getService() {
        return service;
    }

    public LicenseForm getForm() {
        return form;
    }
}
