package ir.portal.web.api;

import ir.portal.catalog.application.LicenseView;
import ir.portal.catalog.application.PublishedCard;
import ir.portal.catalog.domain.CardContent;
import ir.portal.catalog.domain.StageAccess;
import ir.portal.catalog.domain.SystemLink;
import ir.portal.platform.domain.LocalizedText;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A published service identity card as the national single-window portal reads it: every field of the form,
 * texts in Persian and English, closed lists as their constant names.
 */
public record ApiCard(
        long id,
        String nationalServiceId,
        Text title,
        Text providerAgency,
        Text parentAgency,
        Text description,
        Set<String> types,
        Set<String> audiences,
        String nature,
        Set<String> levels,
        Set<String> lifeEvents,
        Set<String> startTriggers,
        Text startOther,
        List<Text> inputItems,
        List<Text> documents,
        Text laws,
        Long recipients,
        String recipientsPeriod,
        Integer averageDays,
        Integer frequencyCount,
        String frequencyPeriod,
        Integer inPersonVisits,
        Long costRials,
        Text tariff,
        String webAddress,
        Text systemName,
        List<Stage> stages,
        List<Link> links,
        List<Text> processes,
        List<Text> outputs,
        Text responsibleUnit,
        String status,
        Instant publishedAt,
        Instant updatedAt,
        License license) {

    /** The license identity card, for a service that ends in a license. */
    public record License(Text title, List<LicenseRow> rows, List<Inquiry> inquiries) {}

    /** A row of form 1 of the license card. */
    public record LicenseRow(
            String operation,
            Text legalBasis,
            List<Text> documents,
            Text validity,
            Long costRials,
            Set<String> applicants,
            String process,
            Text supervisingBodies,
            Text approximateTime,
            boolean electronic,
            Text notes) {}

    /** A row of form 2: an inquiry to another agency. */
    public record Inquiry(
            Text agency,
            String kind,
            Text subject,
            Text documents,
            Text validity,
            Long costRials,
            Text duration,
            boolean electronic,
            Text notes) {}

    /** A text in both languages. */
    public record Text(String fa, String en) {
        static Text of(LocalizedText t) {
            return t == null ? new Text(null, null) : new Text(t.getFa(), t.getEn());
        }
    }

    /** How one stage is reached. */
    public record Stage(
            String stage,
            boolean electronic,
            Set<String> channels,
            Set<String> inPersonReasons,
            Set<String> visitLevels,
            Text note) {}

    /** A link to another system or agency. */
    public record Link(
            Text agency, Text systemName, Text exchangedFields, String mode, String inquiryBy, Long costRials) {}

    static ApiCard of(PublishedCard card) {
        CardContent c = card.content();
        return new ApiCard(
                card.id(),
                c.getNationalServiceId(),
                Text.of(c.getTitle()),
                Text.of(c.getProviderAgency()),
                Text.of(c.getParentAgency()),
                Text.of(c.getDescription()),
                names(c.getTypes()),
                names(c.getAudiences()),
                name(c.getNature()),
                names(c.getLevels()),
                names(c.getLifeEvents()),
                names(c.getStartTriggers()),
                Text.of(c.getStartOther()),
                items(c.getInputItems()),
                items(c.getDocuments()),
                Text.of(c.getLaws()),
                c.getRecipients(),
                name(c.getRecipientsPeriod()),
                c.getAverageDays(),
                c.getFrequencyCount(),
                name(c.getFrequencyPeriod()),
                c.getInPersonVisits(),
                c.getCostRials(),
                Text.of(c.getTariff()),
                c.getWebAddress(),
                Text.of(c.getSystemName()),
                card.stages().stream().map(ApiCard::stage).toList(),
                card.links().stream().map(ApiCard::link).toList(),
                items(c.getProcesses()),
                items(c.getOutputs()),
                Text.of(card.unit()),
                "PUBLISHED",
                card.publishedAt(),
                card.updatedAt(),
                card.hasLicense() ? license(card.license()) : null);
    }

    private static License license(LicenseView l) {
        return new License(
                Text.of(l.title()),
                l.steps().stream()
                        .map(s -> new LicenseRow(
                                s.getOperation().name(),
                                Text.of(s.getLegalBasis()),
                                items(s.getDocuments()),
                                Text.of(s.getValidity()),
                                s.getCostRials(),
                                names(s.getApplicants()),
                                name(s.getProcess()),
                                Text.of(s.getSupervisingBodies()),
                                Text.of(s.getApproximateTime()),
                                s.isElectronic(),
                                Text.of(s.getNotes())))
                        .toList(),
                l.inquiries().stream()
                        .map(i -> new Inquiry(
                                Text.of(i.getAgency()),
                                i.getKind().name(),
                                Text.of(i.getSubject()),
                                Text.of(i.getDocuments()),
                                Text.of(i.getValidity()),
                                i.getCostRials(),
                                Text.of(i.getDuration()),
                                i.isElectronic(),
                                Text.of(i.getNotes())))
                        .toList());
    }

    private static Stage stage(StageAccess s) {
        return new Stage(
                s.getStage().name(),
                s.isElectronic(),
                names(s.getChannels()),
                names(s.getInPersonReasons()),
                names(s.getVisitLevels()),
                Text.of(s.getNote()));
    }

    private static Link link(SystemLink l) {
        return new Link(
                Text.of(l.getAgency()),
                Text.of(l.getSystemName()),
                Text.of(l.getExchangedFields()),
                name(l.getMode()),
                name(l.getInquiryBy()),
                l.getCostRials());
    }

    /** A list held as lines, item by item in both languages (by position). */
    private static List<Text> items(LocalizedText text) {
        List<String> fa = text.lines("fa");
        List<String> en = text.getEn() == null ? List.of() : text.lines("en");
        return java.util.stream.IntStream.range(0, Math.max(fa.size(), en.size()))
                .mapToObj(i -> new Text(i < fa.size() ? fa.get(i) : null, i < en.size() ? en.get(i) : null))
                .toList();
    }

    private static Set<String> names(Set<? extends Enum<?>> values) {
        return values.stream()
                .map(Enum::name)
                .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
