package ir.portal.web.admin.content;

import ir.portal.content.application.ContactDetails;
import ir.portal.content.application.SiteLinkForm;
import ir.portal.content.application.SiteLinkView;
import ir.portal.content.application.SiteQueries;
import ir.portal.content.application.SiteService;
import ir.portal.content.domain.SiteLink;
import ir.portal.web.Ids;
import ir.portal.web.i18n.Texts;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.omnifaces.util.Messages;

/**
 * {@code /admin/content/site.xhtml}: the portal expert's links, place by place in their order (moved up and down,
 * changed with {@code ?id=}, removed), the form that adds one, and the contact details.
 */
@Named
@ViewScoped
public class SiteAdminBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SiteService site;

    @Inject
    private SiteQueries queries;

    private String id;
    private SiteLinkForm form;
    private ContactDetails contact;

    public void load() {
        form = Ids.parse(id).map(site::edit).orElseGet(SiteLinkForm::new);
        contact = site.contact();
    }

    public String save() {
        site.save(form);
        return done("admin_site.saved");
    }

    public String remove(SiteLinkView link) {
        site.remove(link.id(), link.version());
        return done("admin_site.removed");
    }

    public String move(SiteLinkView link, int by) {
        site.move(link.id(), link.version(), by);
        return done("admin_site.moved");
    }

    public String hide(SiteLinkView link, boolean hidden) {
        site.setHidden(link.id(), link.version(), hidden);
        return done(hidden ? "admin_site.hidden" : "admin_site.shown");
    }

    public String saveContact() {
        site.saveContact(contact);
        return done("admin_site.contactSaved");
    }

    private static String done(String key) {
        Messages.addFlashGlobalInfo(Texts.text(key));
        return "/admin/content/site.xhtml?faces-redirect=true";
    }

    /** Every place, each listed with its links. */
    public SiteLink.Place[] getPlaces() {
        return SiteLink.Place.values();
    }

    /** The places the form adds a link to: a featured item is chosen on the item itself. */
    public List<SiteLink.Place> getLinkPlaces() {
        return Arrays.stream(SiteLink.Place.values())
                .filter(p -> p != SiteLink.Place.FEATURED)
                .toList();
    }

    public List<SiteLinkView> links(SiteLink.Place place) {
        return queries.kept(place);
    }

    public SiteLinkForm getForm() {
        return form;
    }

    public ContactDetails getContact() {
        return contact;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
