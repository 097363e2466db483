package ir.portal.demo;

import static ir.portal.demo.DemoJson.flag;
import static ir.portal.demo.DemoJson.integer;
import static ir.portal.demo.DemoJson.number;
import static ir.portal.demo.DemoJson.objects;
import static ir.portal.demo.DemoJson.string;
import static ir.portal.demo.DemoJson.text;
import static ir.portal.demo.DemoJson.value;
import static ir.portal.demo.DemoJson.values;

import ir.portal.accounts.domain.OrgUnit;
import ir.portal.catalog.domain.CardContent;
import ir.portal.catalog.domain.LicenseCard;
import ir.portal.catalog.domain.LicenseInquiry;
import ir.portal.catalog.domain.LicenseStep;
import ir.portal.catalog.domain.ServiceCard;
import ir.portal.catalog.domain.StageAccess;
import ir.portal.catalog.domain.SystemLink;
import ir.portal.catalog.domain.Vocabulary.Applicant;
import ir.portal.catalog.domain.Vocabulary.Audience;
import ir.portal.catalog.domain.Vocabulary.Channel;
import ir.portal.catalog.domain.Vocabulary.InPersonReason;
import ir.portal.catalog.domain.Vocabulary.InquiryBy;
import ir.portal.catalog.domain.Vocabulary.InquiryKind;
import ir.portal.catalog.domain.Vocabulary.LicenseOperation;
import ir.portal.catalog.domain.Vocabulary.LicenseProcess;
import ir.portal.catalog.domain.Vocabulary.LifeEvent;
import ir.portal.catalog.domain.Vocabulary.LinkMode;
import ir.portal.catalog.domain.Vocabulary.Period;
import ir.portal.catalog.domain.Vocabulary.ServiceLevel;
import ir.portal.catalog.domain.Vocabulary.ServiceNature;
import ir.portal.catalog.domain.Vocabulary.ServiceType;
import ir.portal.catalog.domain.Vocabulary.Stage;
import ir.portal.catalog.domain.Vocabulary.StartTrigger;
import ir.portal.catalog.domain.Vocabulary.VisitLevel;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The demo catalog, read from {@code catalog.json}: the "correction of branch service" card exactly as the national
 * form of seeds/002 fills it in, and five more cards of an electricity and water company.
 * <p>
 * In the file, a card gives its unit's code, its content by the names of {@link CardContent}'s properties over the
 * {@code defaults} every card shares, its stages (or the name of one of the {@code stageLists}) and its links.
 */
final class DemoCatalog {

    private static final String FILE = "catalog.json";

    private DemoCatalog() {}

    /** The cards; the last one is the water-well service, which issues a license. */
    static List<ServiceCard> cards(OrgUnit hq, OrgUnit district1, OrgUnit district2, Instant now) {
        JsonObject catalog = DemoJson.read(FILE);
        Map<String, OrgUnit> units =
                Map.of(hq.getCode(), hq, district1.getCode(), district1, district2.getCode(), district2);
        return objects(catalog, "cards").stream()
                .map(card -> card(catalog, card, units.get(card.getString("unit")), now))
                .toList();
    }

    /** A card still in draft: the unit manager of district 2 has it to review; visitors never see it. */
    static ServiceCard smartMeterDraft(OrgUnit unit, Instant now) {
        JsonObject catalog = DemoJson.read(FILE);
        return card(catalog, catalog.getJsonObject("draft"), unit, now);
    }

    /** The license identity card of the water-well service (forms 1 and 2 of seeds/002). */
    static LicenseCard waterWellLicense(ServiceCard wellService) {
        JsonObject license = DemoJson.read(FILE).getJsonObject("license");
        return new LicenseCard(
                wellService,
                text(license, "title"),
                objects(license, "steps").stream().map(DemoCatalog::step).toList(),
                objects(license, "inquiries").stream().map(DemoCatalog::inquiry).toList());
    }

    private static ServiceCard card(JsonObject catalog, JsonObject card, OrgUnit unit, Instant now) {
        JsonObject content = Json.createObjectBuilder(catalog.getJsonObject("defaults"))
                .addAll(Json.createObjectBuilder(card.getJsonObject("content")))
                .build();
        JsonValue stages = card.get("stages");
        List<JsonObject> stageList = stages.getValueType() == JsonValue.ValueType.STRING
                ? objects(catalog.getJsonObject("stageLists"), card.getString("stages"))
                : stages.asJsonArray().getValuesAs(JsonObject.class);
        return ServiceCard.draft(
                content(content),
                stageList.stream().map(DemoCatalog::stage).toList(),
                objects(card, "links").stream().map(DemoCatalog::link).toList(),
                unit,
                "demo",
                now);
    }

    private static CardContent content(JsonObject o) {
        CardContent c = new CardContent();
        c.setNationalServiceId(string(o, "nationalServiceId"));
        c.setTitle(text(o, "title"));
        c.setProviderAgency(text(o, "providerAgency"));
        c.setParentAgency(text(o, "parentAgency"));
        c.setDescription(text(o, "description"));
        c.setTypes(values(o, "types", ServiceType.class));
        c.setAudiences(values(o, "audiences", Audience.class));
        c.setNature(value(o, "nature", ServiceNature.class));
        c.setLevels(values(o, "levels", ServiceLevel.class));
        c.setLifeEvents(values(o, "lifeEvents", LifeEvent.class));
        c.setStartTriggers(values(o, "startTriggers", StartTrigger.class));
        c.setStartOther(text(o, "startOther"));
        c.setInputItems(text(o, "inputItems"));
        c.setDocuments(text(o, "documents"));
        c.setLaws(text(o, "laws"));
        c.setRecipients(number(o, "recipients"));
        c.setRecipientsPeriod(value(o, "recipientsPeriod", Period.class));
        c.setAverageDays(integer(o, "averageDays"));
        c.setFrequencyCount(integer(o, "frequencyCount"));
        c.setFrequencyPeriod(value(o, "frequencyPeriod", Period.class));
        c.setInPersonVisits(integer(o, "inPersonVisits"));
        c.setCostRials(number(o, "costRials"));
        c.setTariff(text(o, "tariff"));
        c.setWebAddress(string(o, "webAddress"));
        c.setSystemName(text(o, "systemName"));
        c.setProcesses(text(o, "processes"));
        c.setOutputs(text(o, "outputs"));
        c.setFilledByName(string(o, "filledByName"));
        c.setFilledByPhone(string(o, "filledByPhone"));
        c.setFilledByEmail(string(o, "filledByEmail"));
        return c;
    }

    private static StageAccess stage(JsonObject o) {
        return new StageAccess(
                value(o, "stage", Stage.class),
                flag(o, "electronic"),
                values(o, "channels", Channel.class),
                values(o, "inPersonReasons", InPersonReason.class),
                values(o, "visitLevels", VisitLevel.class),
                text(o, "note"));
    }

    private static SystemLink link(JsonObject o) {
        return new SystemLink(
                text(o, "agency"),
                text(o, "systemName"),
                text(o, "exchangedFields"),
                value(o, "mode", LinkMode.class),
                value(o, "inquiryBy", InquiryBy.class),
                number(o, "costRials"));
    }

    private static LicenseStep step(JsonObject o) {
        return new LicenseStep(
                value(o, "operation", LicenseOperation.class),
                text(o, "legalBasis"),
                text(o, "documents"),
                text(o, "validity"),
                number(o, "costRials"),
                values(o, "applicants", Applicant.class),
                value(o, "process", LicenseProcess.class),
                text(o, "supervisingBodies"),
                text(o, "approximateTime"),
                flag(o, "electronic"),
                text(o, "notes"));
    }

    private static LicenseInquiry inquiry(JsonObject o) {
        return new LicenseInquiry(
                text(o, "agency"),
                value(o, "kind", InquiryKind.class),
                text(o, "subject"),
                text(o, "documents"),
                text(o, "validity"),
                number(o, "costRials"),
                text(o, "duration"),
                flag(o, "electronic"),
                text(o, "notes"));
    }
}
