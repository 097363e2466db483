package ir.portal.content.application;

import ir.portal.content.domain.SiteContact;
import ir.portal.platform.domain.LocalizedText;
import java.io.Serializable;

/** The organisation's contact details, as the contact page shows them and the console edits them. */
public class ContactDetails implements Serializable {

    private static final long serialVersionUID = 1L;

    private long version;
    private LocalizedText address = new LocalizedText();
    private LocalizedText hours = new LocalizedText();
    private String phone;
    private String email;
    private String mapUrl;

    static ContactDetails of(SiteContact contact) {
        ContactDetails details = new ContactDetails();
        details.version = contact.getVersion();
        details.address = contact.getAddress();
        details.hours = contact.getHours();
        details.phone = contact.getPhone();
        details.email = contact.getEmail();
        details.mapUrl = contact.getMapUrl();
        return details;
    }

    /** Whether anything was entered (for the views: {@code empty} is a word of EL). */
    public boolean isGiven() {
        return (address.getFa() != null && !address.getFa().isBlank()) || phone != null || email != null;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public LocalizedText getAddress() {
        return address;
    }

    public LocalizedText getHours() {
        return hours;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getMapUrl() {
        return mapUrl;
    }

    public void setMapUrl(String mapUrl) {
        this.mapUrl = mapUrl;
    }
}
