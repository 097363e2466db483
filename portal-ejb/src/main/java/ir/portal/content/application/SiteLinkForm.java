package ir.portal.content.application;

import ir.portal.content.domain.SiteLink;
import ir.portal.platform.domain.LocalizedText;
import java.io.Serializable;

/** A link of the portal's own parts as the console edits it. */
public class SiteLinkForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private long version;
    private SiteLink.Place place = SiteLink.Place.QUICK;
    private LocalizedText title = new LocalizedText();
    private LocalizedText text = new LocalizedText();
    private String address;

    public static SiteLinkForm of(SiteLinkView link) {
        SiteLinkForm form = new SiteLinkForm();
        form.id = link.id();
        form.version = link.version();
        form.place = link.place();
        form.title = LocalizedText.copyOf(link.title());
        form.text = LocalizedText.copyOf(link.text());
        form.address = link.address();
        return form;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public SiteLink.Place getPlace() {
        return place;
    }

    public void setPlace(SiteLink.Place place) {
        this.place = place;
    }

    public LocalizedText getTitle() {
        return title;
    }

    public void setTitle(LocalizedText title) {
        this.title = title;
    }

    public LocalizedText getText() {
        return text;
    }

    public void setText(LocalizedText text) {
        this.text = text;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }
}
