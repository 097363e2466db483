package ir.portal.catalog.domain;

import ir.portal.catalog.domain.Vocabulary.Audience;
import ir.portal.catalog.domain.Vocabulary.LifeEvent;
import ir.portal.catalog.domain.Vocabulary.ServiceLevel;
import ir.portal.catalog.domain.Vocabulary.ServiceNature;
import ir.portal.catalog.domain.Vocabulary.ServiceType;
import ir.portal.catalog.domain.Vocabulary.StartTrigger;
import ir.portal.platform.domain.LocalizedText;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;
import java.util.Set;

/**
 * What a service card says the service is, by the national form (seeds/002): 1-3 title, id and agencies; 4 its
 * description, type, audience, nature, level, life events, how it starts, the input data, documents and laws.
 * {@link CardContent} adds the rest of the form.
 * <p>
 * A mapped superclass rather than an embeddable of its own, so that the card's content keeps its columns and its
 * query paths ({@code c.content.types}).
 */
@MappedSuperclass
public abstract class ServiceProfile {
    @Column(name = "national_service_id", length = 40)
    private String nationalServiceId;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "fa", column = @Column(name = "title_fa", length = 20000)),
        @AttributeOverride(name = "en", column = @Column(name = "title_en", length = 20000))
    })
    private LocalizedText title = new LocalizedText();

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "fa", column = @Column(name = "provider_agency_fa", length = 20000)),
        @AttributeOverride(name = "en", column = @Column(name = "provider_agency_en", length = 20000))
    })
    private LocalizedText providerAgency = new LocalizedText();

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "fa", column = @Column(name = "parent_agency_fa", length = 20000)),
        @AttributeOverride(name = "en", column = @Column(name = "parent_agency_en", length = 20000))
    })
    private LocalizedText parentAgency = new LocalizedText();

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "fa", column = @Column(name = "description_fa", length = 20000)),
        @AttributeOverride(name = "en", column = @Column(name = "description_en", length = 20000))
    })
    private LocalizedText description = new LocalizedText();

    @Column(name = "types", length = 400)
    private String types = "|";

    @Column(name = "audiences", length = 400)
    private String audiences = "|";

    @Enumerated(EnumType.STRING)
    @Column(name = "nature", length = 20)
    private ServiceNature nature;

    @Column(name = "levels", length = 400)
    private String levels = "|";

    @Column(name = "life_events", length = 400)
    private String lifeEvents = "|";

    @Column(name = "start_triggers", length = 400)
    private String startTriggers = "|";

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "fa", column = @Column(name = "start_other_fa", length = 20000)),
        @AttributeOverride(name = "en", column = @Column(name = "start_other_en", length = 20000))
    })
    private LocalizedText startOther = new LocalizedText();

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "fa", column = @Column(name = "input_items_fa", length = 20000)),
        @AttributeOverride(name = "en", column = @Column(name = "input_items_en", length = 20000))
    })
    private LocalizedText inputItems = new LocalizedText();

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "fa", column = @Column(name = "documents_fa", length = 20000)),
        @AttributeOverride(name = "en", column = @Column(name = "documents_en", length = 20000))
    })
    private LocalizedText documents = new LocalizedText();

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "fa", column = @Column(name = "laws_fa", length = 20000)),
        @AttributeOverride(name = "en", column = @Column(name = "laws_en", length = 20000))
    })
    private LocalizedText laws = new LocalizedText();

    public String getNationalServiceId() {
        return nationalServiceId;
    }

    public void setNationalServiceId(String nationalServiceId) {
        this.nationalServiceId = nationalServiceId;
    }

    public LocalizedText getTitle() {
        return title;
    }

    public void setTitle(LocalizedText title) {
        this.title = title;
    }

    public LocalizedText getProviderAgency() {
        return providerAgency;
    }

    public void setProviderAgency(LocalizedText providerAgency) {
        this.providerAgency = providerAgency;
    }

    public LocalizedText getParentAgency() {
        return parentAgency;
    }

    public void setParentAgency(LocalizedText parentAgency) {
        this.parentAgency = parentAgency;
    }

    public LocalizedText getDescription() {
        return description;
    }

    public void setDescription(LocalizedText description) {
        this.description = description;
    }

    public Set<ServiceType> getTypes() {
        return EnumSets.parse(types, ServiceType.class);
    }

    public void setTypes(Set<ServiceType> types) {
        this.types = EnumSets.format(types);
    }

    public Set<Audience> getAudiences() {
        return EnumSets.parse(audiences, Audience.class);
    }

    public void setAudiences(Set<Audience> audiences) {
        this.audiences = EnumSets.format(audiences);
    }

    public ServiceNature getNature() {
        return nature;
    }

    public void setNature(ServiceNature nature) {
        this.nature = nature;
    }

    public Set<ServiceLevel> getLevels() {
        return EnumSets.parse(levels, ServiceLevel.class);
    }

    public void setLevels(Set<ServiceLevel> levels) {
        this.levels = EnumSets.format(levels);
    }

    public Set<LifeEvent> getLifeEvents() {
        return EnumSets.parse(lifeEvents, LifeEvent.class);
    }

    public void setLifeEvents(Set<LifeEvent> lifeEvents) {
        this.lifeEvents = EnumSets.format(lifeEvents);
    }

    public Set<StartTrigger> getStartTriggers() {
        return EnumSets.parse(startTriggers, StartTrigger.class);
    }

    public void setStartTriggers(Set<StartTrigger> startTriggers) {
        this.startTriggers = EnumSets.format(startTriggers);
    }

    public LocalizedText getStartOther() {
        return startOther;
    }

    public void setStartOther(LocalizedText startOther) {
        this.startOther = startOther;
    }

    public LocalizedText getInputItems() {
        return inputItems;
    }

    public void setInputItems(LocalizedText inputItems) {
        this.inputItems = inputItems;
    }

    public LocalizedText getDocuments() {
        return documents;
    }

    public void setDocuments(LocalizedText documents) {
        this.documents = documents;
    }

    public LocalizedText getLaws() {
        return laws;
    }

    public void setLaws(LocalizedText laws) {
        this.laws = laws;
    }
}
