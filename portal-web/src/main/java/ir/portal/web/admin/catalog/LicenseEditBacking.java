package ir.portal.web.admin.catalog;

import ir.portal.catalog.application.CatalogService;
import ir.portal.catalog.application.LicenseForm;
import ir.portal.catalog.application.ServiceCardForm;
import ir.portal.catalog.domain.LicenseInquiry;
import ir.portal.web.Ids;
import ir.portal.web.i18n.Texts;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.util.Optional;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

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
        Optional<Long> id = Ids.parse(card);
        if (id.isEmpty()) {
            Faces.responseSendError(HttpServletResponse.SC_NOT_FOUND, "card");
            return;
        }
        cardId = id.get();
        service = catalog.edit(cardId);
        form = catalog.editLicense(cardId);
    }

    public String save() {
        catalog.defineLicense(cardId, form);
        Messages.addFlashGlobalInfo(Texts.text("admin_license.saved"));
        return "/admin/catalog/license.xhtml?faces-redirect=true&card=" + cardId;
    }

    public void addInquiry() {
        form.addInquiry();
    }

    public void removeInquiry(LicenseInquiry inquiry) {
        form.removeInquiry(inquiry);
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
