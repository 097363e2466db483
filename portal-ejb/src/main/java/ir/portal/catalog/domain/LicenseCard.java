package ir.portal.catalog.domain;

import ir.portal.platform.domain.BaseEntity;
import ir.portal.platform.domain.LocalizedText;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * The license identity card of a service that ends in a license (seeds/002, "شناسنامه مجوزهای صادره"): its rows
 * for issuing, renewing, modifying and cancelling (form 1) and the inquiries to other agencies (form 2). It is
 * published and withdrawn with the service card that issues the license.
 */
@Entity
@Table(name = "license_card")
public class LicenseCard extends BaseEntity {

    @OneToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "service_card_id", nullable = false, unique = true)
    private ServiceCard serviceCard;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "fa", column = @Column(name = "title_fa", length = 500)),
        @AttributeOverride(name = "en", column = @Column(name = "title_en", length = 500))
    })
    private LocalizedText title = new LocalizedText();

    @ElementCollection
    @CollectionTable(name = "license_step", joinColumns = @JoinColumn(name = "license_id"))
    @OrderColumn(name = "position")
    private List<LicenseStep> steps = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "license_inquiry", joinColumns = @JoinColumn(name = "license_id"))
    @OrderColumn(name = "position")
    private List<LicenseInquiry> inquiries = new ArrayList<>();

    protected LicenseCard() {}

    public LicenseCard(
            ServiceCard serviceCard, LocalizedText title, List<LicenseStep> steps, List<LicenseInquiry> inquiries) {
        this.serviceCard = serviceCard;
        revise(title, steps, inquiries);
    }

    public final void revise(LocalizedText newTitle, List<LicenseStep> newSteps, List<LicenseInquiry> newInquiries) {
        title = LocalizedText.copyOf(newTitle);
        steps = new ArrayList<>(newSteps.stream().map(LicenseStep::copy).toList());
        inquiries =
                new ArrayList<>(newInquiries.stream().map(LicenseInquiry::copy).toList());
    }

    public ServiceCard getServiceCard() {
        return serviceCard;
    }

    public LocalizedText title() {
        return LocalizedText.copyOf(title);
    }

    public List<LicenseStep> steps() {
        return steps.stream().map(LicenseStep::copy).toList();
    }

    public List<LicenseInquiry> inquiries() {
        return inquiries.stream().map(LicenseInquiry::copy).toList();
    }
}
