package ir.portal.web.admin.content;

import ir.portal.accounts.application.UnitChoice;
import ir.portal.content.application.ContentService;
import ir.portal.content.application.OutageForm;
import ir.portal.content.application.OutageService;
import ir.portal.content.application.OutageView;
import ir.portal.web.Ids;
import ir.portal.web.i18n.Texts;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.omnifaces.util.Messages;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * {@code /admin/content/outages.xhtml}: the planned outages of one's unit from today on, and the form that adds one
 * or, with {@code ?id=}, changes it. Saved, an outage shows on the public page at once.
 */
@Named
@ViewScoped
public class OutagesAdminBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private OutageService outages;

    @Inject
    private ContentService content;

    private String id;
    private OutageForm form;
    private List<UnitChoice> units;

    private final LazyDataModel<OutageView> upcoming = new LazyDataModel<>() {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) outages.list(0, 1).total();
        }

        @Override
        public List<OutageView> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return outages.list(first, pageSize).items();
        }

        @Override
        public String getRowKey(OutageView row) {
            return Long.toString(row.id());
        }
    };

    public void load() {
        units = content.units();
        form = Ids.parse(id).map(outages::edit).orElseGet(OutageForm::new);
        if (form.getUnitCode() == null && units.size() == 1) {
            form.setUnitCode(units.get(0).code());
        }
    }

    public String save() {
        outages.save(form);
        Messages.addFlashGlobalInfo(Texts.text("admin_outages.saved"));
        return "/admin/content/outages.xhtml?faces-redirect=true";
    }

    public String remove() {
        outages.remove(form.getId(), form.getVersion());
        Messages.addFlashGlobalInfo(Texts.text("admin_outages.removed"));
        return "/admin/content/outages.xhtml?faces-redirect=true";
    }

    public LazyDataModel<OutageView> getUpcoming() {
        return upcoming;
    }

    public OutageForm getForm() {
        return form;
    }

    public List<UnitChoice> getUnits() {
        return units;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
