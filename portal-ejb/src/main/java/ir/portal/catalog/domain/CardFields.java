package ir.portal.catalog.domain;

import ir.portal.platform.domain.LocalizedText;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A card's content field by field: a copy that shares nothing, the names and values that the revision history
 * compares and that make two versions of a card equal, and the text the catalog search looks in.
 */
public final class CardFields {

    private CardFields() {}

    /** A copy of the content that shares nothing with it. */
    static CardContent copy(CardContent c) {
        CardContent copy = new CardContent();
        copy.setNationalServiceId(c.getNationalServiceId());
        copy.setTitle(LocalizedText.copyOf(c.getTitle()));
        copy.setProviderAgency(LocalizedText.copyOf(c.getProviderAgency()));
        copy.setParentAgency(LocalizedText.copyOf(c.getParentAgency()));
        copy.setDescription(LocalizedText.copyOf(c.getDescription()));
        copy.setTypes(c.getTypes());
        copy.setAudiences(c.getAudiences());
        copy.setNature(c.getNature());
        copy.setLevels(c.getLevels());
        copy.setLifeEvents(c.getLifeEvents());
        copy.setStartTriggers(c.getStartTriggers());
        copy.setStartOther(LocalizedText.copyOf(c.getStartOther()));
        copy.setInputItems(LocalizedText.copyOf(c.getInputItems()));
        copy.setDocuments(LocalizedText.copyOf(c.getDocuments()));
        copy.setLaws(LocalizedText.copyOf(c.getLaws()));
        copy.setRecipients(c.getRecipients());
        copy.setRecipientsPeriod(c.getRecipientsPeriod());
        copy.setAverageDays(c.getAverageDays());
        copy.setFrequencyCount(c.getFrequencyCount());
        copy.setFrequencyPeriod(c.getFrequencyPeriod());
        copy.setInPersonVisits(c.getInPersonVisits());
        copy.setCostRials(c.getCostRials());
        copy.setTariff(LocalizedText.copyOf(c.getTariff()));
        copy.setWebAddress(c.getWebAddress());
        copy.setSystemName(LocalizedText.copyOf(c.getSystemName()));
        copy.setProcesses(LocalizedText.copyOf(c.getProcesses()));
        copy.setOutputs(LocalizedText.copyOf(c.getOutputs()));
        copy.setFilledByName(c.getFilledByName());
        copy.setFilledByPhone(c.getFilledByPhone());
        copy.setFilledByEmail(c.getFilledByEmail());
        return copy;
    }

    /** Every field by name, for revision history and for comparing two versions of a card. */
    public static Map<String, Object> of(CardContent c) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("nationalServiceId", c.getNationalServiceId());
        f.put("title.fa", c.getTitle() == null ? null : c.getTitle().getFa());
        f.put("title.en", c.getTitle() == null ? null : c.getTitle().getEn());
        f.put(
                "providerAgency.fa",
                c.getProviderAgency() == null ? null : c.getProviderAgency().getFa());
        f.put(
                "providerAgency.en",
                c.getProviderAgency() == null ? null : c.getProviderAgency().getEn());
        f.put(
                "parentAgency.fa",
                c.getParentAgency() == null ? null : c.getParentAgency().getFa());
        f.put(
                "parentAgency.en",
                c.getParentAgency() == null ? null : c.getParentAgency().getEn());
        f.put(
                "description.fa",
                c.getDescription() == null ? null : c.getDescription().getFa());
        f.put(
                "description.en",
                c.getDescription() == null ? null : c.getDescription().getEn());
        f.put("types", c.getTypes());
        f.put("audiences", c.getAudiences());
        f.put("nature", c.getNature());
        f.put("levels", c.getLevels());
        f.put("lifeEvents", c.getLifeEvents());
        f.put("startTriggers", c.getStartTriggers());
        f.put(
                "startOther.fa",
                c.getStartOther() == null ? null : c.getStartOther().getFa());
        f.put(
                "startOther.en",
                c.getStartOther() == null ? null : c.getStartOther().getEn());
        f.put(
                "inputItems.fa",
                c.getInputItems() == null ? null : c.getInputItems().getFa());
        f.put(
                "inputItems.en",
                c.getInputItems() == null ? null : c.getInputItems().getEn());
        f.put("documents.fa", c.getDocuments() == null ? null : c.getDocuments().getFa());
        f.put("documents.en", c.getDocuments() == null ? null : c.getDocuments().getEn());
        f.put("laws.fa", c.getLaws() == null ? null : c.getLaws().getFa());
        f.put("laws.en", c.getLaws() == null ? null : c.getLaws().getEn());
        f.put("recipients", c.getRecipients());
        f.put("recipientsPeriod", c.getRecipientsPeriod());
        f.put("averageDays", c.getAverageDays());
        f.put("frequencyCount", c.getFrequencyCount());
        f.put("frequencyPeriod", c.getFrequencyPeriod());
        f.put("inPersonVisits", c.getInPersonVisits());
        f.put("costRials", c.getCostRials());
        f.put("tariff.fa", c.getTariff() == null ? null : c.getTariff().getFa());
        f.put("tariff.en", c.getTariff() == null ? null : c.getTariff().getEn());
        f.put("webAddress", c.getWebAddress());
        f.put(
                "systemName.fa",
                c.getSystemName() == null ? null : c.getSystemName().getFa());
        f.put(
                "systemName.en",
                c.getSystemName() == null ? null : c.getSystemName().getEn());
        f.put("processes.fa", c.getProcesses() == null ? null : c.getProcesses().getFa());
        f.put("processes.en", c.getProcesses() == null ? null : c.getProcesses().getEn());
        f.put("outputs.fa", c.getOutputs() == null ? null : c.getOutputs().getFa());
        f.put("outputs.en", c.getOutputs() == null ? null : c.getOutputs().getEn());
        f.put("filledByName", c.getFilledByName());
        f.put("filledByPhone", c.getFilledByPhone());
        f.put("filledByEmail", c.getFilledByEmail());
        return f;
    }

    /** The text the catalog search looks in: titles, agencies, description, documents, steps, the national id. */
    public static String searchable(CardContent c) {
        StringBuilder text = new StringBuilder(Objects.toString(c.getNationalServiceId(), ""));
        for (LocalizedText t : new LocalizedText[] {
            c.getTitle(),
            c.getProviderAgency(),
            c.getDescription(),
            c.getInputItems(),
            c.getDocuments(),
            c.getProcesses()
        }) {
            if (t != null) {
                text.append(' ')
                        .append(Objects.toString(t.getFa(), ""))
                        .append(' ')
                        .append(Objects.toString(t.getEn(), ""));
            }
        }
        return text.toString();
    }
}
