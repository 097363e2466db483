package ir.portal.web.catalog;

import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfWriter;
import ir.portal.catalog.application.PublishedCard;
import ir.portal.catalog.domain.CardContent;
import ir.portal.catalog.domain.StageAccess;
import ir.portal.catalog.domain.SystemLink;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The printable service identity card: every section of the form in one table ({@link CardPdfTable}), right to
 * left in Persian, with Jalali dates ({@link CardPdfText}), in the Vazirmatn font (embedded; OpenPDF shapes the
 * Arabic script); a card that issues a license ends with it ({@link LicensePdfSection}).
 */
final class CardPdf {

    private final PublishedCard card;
    private final CardPdfText text;
    private final String lang;

    CardPdf(PublishedCard card, Locale locale) {
        this.card = card;
        this.text = new CardPdfText(locale);
        this.lang = text.language();
    }

    byte[] write(Instant now) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 36, 36, 42, 42);
        PdfWriter.getInstance(document, out);
        CardContent c = card.content();
        document.addTitle(c.getTitle().in(lang));
        document.addSubject(text.get("card.publishedAt") + ": " + text.date(card.publishedAt()));
        document.addCreator(text.get("site.name"));
        document.open();

        CardPdfTable table = new CardPdfTable(text.isRtl());
        table.title(c.getTitle().in(lang), 16);
        table.title(
                text.get("site.name") + " — " + text.get("card.publishedAt") + ": " + text.date(card.publishedAt())
                        + " — " + text.get("card.pdf.printed") + ": " + text.date(now),
                9);

        table.row(text.get("card.nationalId"), text.orNone(c.getNationalServiceId()));
        table.row(text.get("card.provider"), c.getProviderAgency().in(lang));
        table.row(text.get("card.parent"), text.orNone(c.getParentAgency().in(lang)));
        section(table, "card.section.description");
        table.row(text.get("card.section.description"), c.getDescription().in(lang));
        section(table, "card.section.characteristics");
        table.row(text.get("card.types"), text.labels("ServiceType.", c.getTypes()));
        table.row(text.get("card.audiences"), text.labels("Audience.", c.getAudiences()));
        table.row(
                text.get("card.nature"),
                c.getNature() == null ? text.none() : text.label("ServiceNature.", c.getNature()));
        table.row(text.get("card.levels"), text.labels("ServiceLevel.", c.getLevels()));
        table.row(text.get("card.lifeEvents"), text.labels("LifeEvent.", c.getLifeEvents()));
        table.row(
                text.get("card.startTriggers"),
                text.labels("StartTrigger.", c.getStartTriggers())
                        + (c.getStartOther().isEmpty()
                                ? ""
                                : " (" + c.getStartOther().in(lang) + ")"));
        section(table, "card.section.prepare");
        table.row(text.get("card.inputItems"), text.lines(c.getInputItems(), false));
        table.row(text.get("card.documents"), text.lines(c.getDocuments(), false));
        table.row(text.get("card.laws"), text.orNone(c.getLaws().in(lang)));
        section(table, "card.section.figures");
        table.row(
                text.get("card.recipients"),
                c.getRecipients() == null
                        ? text.none()
                        : text.format("card.recipientsPer", text.amount(c.getRecipients()), period(c)));
        table.row(
                text.get("card.averageDays"),
                c.getAverageDays() == null ? text.none() : text.format("catalog.days", c.getAverageDays()));
        table.row(
                text.get("card.frequency"),
                c.getFrequencyPeriod() == null
                        ? text.none()
                        : c.getFrequencyPeriod().name().equals("ONCE")
                                ? text.get("Period.ONCE")
                                : text.format(
                                        "card.frequencyPer",
                                        c.getFrequencyCount(),
                                        text.label("Period.", c.getFrequencyPeriod())));
        table.row(
                text.get("card.inPersonVisits"),
                c.getInPersonVisits() == null ? text.none() : text.digits(c.getInPersonVisits()));
        section(table, "card.section.cost");
        table.row(
                text.get("card.costRials"),
                c.getCostRials() == null
                        ? text.none()
                        : c.getCostRials() == 0 ? text.get("card.free") : text.amount(c.getCostRials()));
        table.row(text.get("card.tariff"), text.orNone(c.getTariff().in(lang)));
        section(table, "card.section.access");
        table.row(text.get("card.webAddress"), text.orNone(c.getWebAddress()));
        table.row(text.get("card.systemName"), text.orNone(c.getSystemName().in(lang)));
        for (StageAccess stage : card.stages()) {
            table.row(text.label("Stage.", stage.getStage()), stage(stage));
        }
        section(table, "card.section.links");
        table.row(text.get("card.ownSystems"), links(card.ownSystems()));
        table.row(text.get("card.otherAgencies"), links(card.otherAgencies()));
        section(table, "card.section.process");
        table.row(text.get("card.processes"), text.lines(c.getProcesses(), true));
        table.row(text.get("card.outputs"), text.lines(c.getOutputs(), false));
        if (card.hasLicense()) {
            new LicensePdfSection(card.license(), text).addTo(table);
        }
        section(table, "card.section.responsible");
        table.row(text.get("card.unit"), card.unit().in(lang));
        table.row(text.get("card.filledBy"), text.orNone(c.getFilledByName()));
        table.row(text.get("card.updatedAt"), text.date(card.updatedAt()));

        document.add(table.table());
        document.close();
        return out.toByteArray();
    }

    private void section(CardPdfTable table, String key) {
        table.section(text.get(key));
    }

    private String stage(StageAccess s) {
        StringBuilder value = new StringBuilder(text.get(s.isElectronic() ? "card.electronic" : "card.notElectronic"));
        text.append(
                value,
                "card.channels",
                text.labels("Channel.", s.getChannels()),
                !s.getChannels().isEmpty());
        text.append(
                value,
                "card.inPersonReasons",
                text.labels("InPersonReason.", s.getInPersonReasons()),
                !s.getInPersonReasons().isEmpty());
        text.append(
                value,
                "card.visitLevels",
                text.labels("VisitLevel.", s.getVisitLevels()),
                !s.getVisitLevels().isEmpty());
        text.append(value, "card.note", s.getNote().in(lang), !s.getNote().isEmpty());
        return value.toString();
    }

    private String links(List<SystemLink> links) {
        if (links.isEmpty()) {
            return text.none();
        }
        return links.stream()
                .map(l -> (l.isOtherAgency() ? l.getAgency().in(lang) + " — " : "")
                        + (l.getSystemName().isEmpty() ? "" : l.getSystemName().in(lang) + " — ")
                        + (l.getExchangedFields().isEmpty()
                                ? ""
                                : l.getExchangedFields().in(lang) + " — ")
                        + text.label("LinkMode.", l.getMode())
                        + (l.getInquiryBy() == null ? "" : " — " + text.label("InquiryBy.", l.getInquiryBy())))
                .collect(Collectors.joining("\n"));
    }

    private String period(CardContent c) {
        return c.getRecipientsPeriod() == null ? "" : text.label("Period.", c.getRecipientsPeriod());
    }
}
