package ir.portal.content.domain;

import ir.portal.platform.domain.LocalizedText;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** The organisation's contact details, one row ({@link #ID}): address, opening hours, phone, mail, map link. */
@Entity
@Table(name = "site_contact")
public class SiteContact {

    public static final long ID = 1;

    @Id
    private Long id;

    @Version
    @Column(nullable = false)
    private long version;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "fa", column = @Column(name = "address_fa", length = 500)),
        @AttributeOverride(name = "en", column = @Column(name = "address_en", length = 500))
    })
    private LocalizedText address = new LocalizedText();

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "fa", column = @Column(name = "hours_fa", length = 300)),
        @AttributeOverride(name = "en", column = @Column(name = "hours_en", length = 300))
    })
    private LocalizedText hours = new LocalizedText();

    @Column(name = "phone", length = 50)
    private String phone;

    @Column(name = "email", length = 254)
    private String email;

    @Column(name = "map_url", length = 500)
    private String mapUrl;

    @Column(name = "updated_by", nullable = false, length = 100)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected SiteContact() {}

    public static SiteContact first() {
        SiteContact contact = new SiteContact();
        contact.id = ID;
        return contact;
    }

    public void set(
            LocalizedText newAddress,
            LocalizedText newHours,
            String newPhone,
            String newEmail,
            String newMapUrl,
            String by,
            Instant now) {
        address = LocalizedText.copyOf(newAddress);
        hours = LocalizedText.copyOf(newHours);
        phone = newPhone;
        email = newEmail;
        mapUrl = newMapUrl;
        updatedBy = by;
        updatedAt = now;
    }

    public long getVersion() {
        return version;
    }

    public LocalizedText getAddress() {
        return LocalizedText.copyOf(address);
    }

    public LocalizedText getHours() {
        return LocalizedText.copyOf(hours);
    }

    public String getPhone() {
        return phone;
    }

    public String getEmail() {
        return email;
    }

    public String getMapUrl() {
        return mapUrl;
    }
}
