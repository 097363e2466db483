package ir.portal.catalog.domain;

import ir.portal.catalog.domain.Vocabulary.Period;
import ir.portal.platform.domain.LocalizedText;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * What a service identity card says, section by section of the national form (seeds/002): what the service is
 * ({@link ServiceProfile}: 1-3 and most of 4); then the rest of 4, recipients, duration, frequency, visits; 5 cost;
 * 6 web address and system; 9 processes; the output data; who filled the form in. The stages (6) and links (7, 8)
 * are collections of the card itself.
 * <p>
 * A plain value: the console edits a copy, the card takes a copy.
 */
@Embeddable
public class CardContent extends ServiceProfile {
    @Column(name = "recipients")
    private Long recipients;

    @Enumerated(EnumType.STRING)
    @Column(name = "recipients_period", length = 20)
    private Period recipientsPeriod;

    @Column(name = "average_days")
    private Integer averageDays;

    @Column(name = "frequency_count")
    private Integer frequencyCount;

    @Enumerated(EnumType.STRING)
    @Column(name = "frequency_period", length = 20)
    private Period frequencyPeriod;

    @Column(name = "in_person_visits")
    private Integer inPersonVisits;

    @Column(name = "cost_rials")
    private Long costRials;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "fa", column = @Column(name = "tariff_fa", length = 20000)),
        @AttributeOverride(name = "en", column = @Column(name = "tariff_en", length = 20000))
    })
    private LocalizedText tariff = new LocalizedText();

    @Column(name = "web_address", length = 500)
    private String webAddress;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "fa", column = @Column(name = "system_name_fa", length = 20000)),
        @AttributeOverride(name = "en", column = @Column(name = "system_name_en", length = 20000))
    })
    private LocalizedText systemName = new LocalizedText();

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "fa", column = @Column(name = "processes_fa", length = 20000)),
        @AttributeOverride(name = "en", column = @Column(name = "processes_en", length = 20000))
    })
    private LocalizedText processes = new LocalizedText();

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "fa", column = @Column(name = "outputs_fa", length = 20000)),
        @AttributeOverride(name = "en", column = @Column(name = "outputs_en", length = 20000))
    })
    private LocalizedText outputs = new LocalizedText();

    @Column(name = "filled_by_name", length = 200)
    private String filledByName;

    @Column(name = "filled_by_phone", length = 40)
    private String filledByPhone;

    @Column(name = "filled_by_email", length = 320)
    private String filledByEmail;

    public CardContent() {}

    /** A copy that shares nothing with this one. */
    public CardContent copy() {
        return CardFields.copy(this);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CardContent other && CardFields.of(this).equals(CardFields.of(other));
    }

    @Override
    public int hashCode() {
        return CardFields.of(this).hashCode();
    }

    public Long getRecipients() {
        return recipients;
    }

    public void setRecipients(Long recipients) {
        this.recipients = recipients;
    }

    public Period getRecipientsPeriod() {
        return recipientsPeriod;
    }

    public void setRecipientsPeriod(Period recipientsPeriod) {
        this.recipientsPeriod = recipientsPeriod;
    }

    public Integer getAverageDays() {
        return averageDays;
    }

    public void setAverageDays(Integer averageDays) {
        this.averageDays = averageDays;
    }

    public Integer getFrequencyCount() {
        return frequencyCount;
    }

    public void setFrequencyCount(Integer frequencyCount) {
        this.frequencyCount = frequencyCount;
    }

    public Period getFrequencyPeriod() {
        return frequencyPeriod;
    }

    public void setFrequencyPeriod(Period frequencyPeriod) {
        this.frequencyPeriod = frequencyPeriod;
    }

    public Integer getInPersonVisits() {
        return inPersonVisits;
    }

    public void setInPersonVisits(Integer inPersonVisits) {
        this.inPersonVisits = inPersonVisits;
    }

    public Long getCostRials() {
        return costRials;
    }

    public void setCostRials(Long costRials) {
        this.costRials = costRials;
    }

    public LocalizedText getTariff() {
        return tariff;
    }

    public void setTariff(LocalizedText tariff) {
        this.tariff = tariff;
    }

    public String getWebAddress() {
        return webAddress;
    }

    public void setWebAddress(String webAddress) {
        this.webAddress = webAddress;
    }

    public LocalizedText getSystemName() {
        return systemName;
    }

    public void setSystemName(LocalizedText systemName) {
        this.systemName = systemName;
    }

    public LocalizedText getProcesses() {
        return processes;
    }

    public void setProcesses(LocalizedText processes) {
        this.processes = processes;
    }

    public LocalizedText getOutputs() {
        return outputs;
    }

    public void setOutputs(LocalizedText outputs) {
        this.outputs = outputs;
    }

    public String getFilledByName() {
        return filledByName;
    }

    public void setFilledByName(String filledByName) {
        this.filledByName = filledByName;
    }

    public String getFilledByPhone() {
        return filledByPhone;
    }

    public void setFilledByPhone(String filledByPhone) {
        this.filledByPhone = filledByPhone;
    }

    public String getFilledByEmail() {
        return filledByEmail;
    }

    public void setFilledByEmail(String filledByEmail) {
        this.filledByEmail = filledByEmail;
    }
}
