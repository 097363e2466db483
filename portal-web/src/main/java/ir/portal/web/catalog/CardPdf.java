package ir.portal.web.catalog;

import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.ULocale;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import ir.portal.catalog.application.PublishedCard;
import ir.portal.catalog.domain.CardContent;
import ir.portal.catalog.domain.LicenseInquiry;
import ir.portal.catalog.domain.LicenseStep;
import ir.portal.catalog.domain.StageAccess;
import ir.portal.catalog.domain.SystemLink;
import ir.portal.i18n.JalaliDate;
import ir.portal.i18n.PersianDigits;
import ir.portal.platform.domain.LocalizedText;
import ir.portal.platform.pdf.PdfFonts;
import ir.portal.web.i18n.Dates;
import ir.portal.web.i18n.Plurals;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * The printable service identity card: every section of the form in one table, right to left in Persian, with
 * Jalali dates, in the Vazirmatn font (embedded; OpenPDF shapes the Arabic script).
 */
final class CardPdf {

    private static final BaseFont REGULAR = PdfFonts.REGULAR;
    private static final BaseFont BOLD = PdfFonts.BOLD;

    private final PublishedCard card;
    private final Locale locale;
    private final ResourceBundle text;
    private final String lang;
    private final boolean rtl;

    CardPdf(PublishedCard card, Locale locale) {
        this.card = card;
        this.locale = locale;
        this.text = ResourceBundle.getBundle("ir.portal.web.i18n.text", locale);
        this.lang = locale.getLanguage();
        this.rtl = !"en".equals(lang);
    }

    byte[] write(Instant now) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 36, 36, 42, 42);
        PdfWriter.getInstance(document, out);
        CardContent c = card.content();
        document.addTitle(c.getTitle().in(lang));
        document.addSubject(text.getString("card.publishedAt") + ": " + date(card.publishedAt()));
        document.addCreator(text.getString("site.name"));
        document.open();

        // OpenPDF lays the widths out from the left, whatever the run direction
        PdfPTable table = new PdfPTable(rtl ? new float[] {7, 3} : new float[] {3, 7});
        table.setWidthPercentage(100);
        table.setRunDirection(rtl ? PdfWriter.RUN_DIRECTION_RTL : PdfWriter.RUN_DIRECTION_LTR);
        title(table, c.getTitle().in(lang), 16);
        title(
                table,
                text.getString("site.name") + " — " + text.getString("card.publishedAt") + ": "
                        + date(card.publishedAt()) + " — " + text.getString("card.pdf.printed") + ": " + date(now),
                9);

        row(table, text.getString("card.nationalId"), orNone(c.getNationalServiceId()));
        row(table, text.getString("card.provider"), c.getProviderAgency().in(lang));
        row(table, text.getString("card.parent"), orNone(c.getParentAgency().in(lang)));
        section(table, "card.section.description");
        row(
                table,
                text.getString("card.section.description"),
                c.getDescription().in(lang));
        section(table, "card.section.characteristics");
        row(table, text.getString("card.types"), labels("ServiceType.", c.getTypes()));
        row(table, text.getString("card.audiences"), labels("Audience.", c.getAudiences()));
        row(
                table,
                text.getString("card.nature"),
                c.getNature() == null ? none() : label("ServiceNature.", c.getNature()));
        row(table, text.getString("card.levels"), labels("ServiceLevel.", c.getLevels()));
        row(table, text.getString("card.lifeEvents"), labels("LifeEvent.", c.getLifeEvents()));
        row(
                table,
                text.getString("card.startTriggers"),
                labels("StartTrigger.", c.getStartTriggers())
                        + (c.getStartOther().isEmpty()
                                ? ""
                                : " (" + c.getStartOther().in(lang) + ")"));
        section(table, "card.section.prepare");
        row(table, text.getString("card.inputItems"), lines(c.getInputItems(), false));
        row(table, text.getString("card.documents"), lines(c.getDocuments(), false));
        row(table, text.getString("card.laws"), orNone(c.getLaws().in(lang)));
        section(table, "card.section.figures");
        row(
                table,
                text.getString("card.recipients"),
                c.getRecipients() == null
                        ? none()
                        : format("card.recipientsPer", amount(c.getRecipients()), period(c)));
        row(
                table,
                text.getString("card.averageDays"),
                c.getAverageDays() == null ? none() : format("catalog.days", c.getAverageDays()));
        row(
                table,
                text.getString("card.frequency"),
                c.getFrequencyPeriod() == null
                        ? none()
                        : c.getFrequencyPeriod().name().equals("ONCE")
                                ? text.getString("Period.ONCE")
                                : format(
                                        "card.frequencyPer",
                                        c.getFrequencyCount(),
                                        label("Period.", c.getFrequencyPeriod())));
        row(
                table,
                text.getString("card.inPersonVisits"),
                c.getInPersonVisits() == null ? none() : digits(c.getInPersonVisits()));
        section(table, "card.section.cost");
        row(
                table,
                text.getString("card.costRials"),
                c.getCostRials() == null
                        ? none()
                        : c.getCostRials() == 0 ? text.getString("card.free") : amount(c.getCostRials()));
        row(table, text.getString("card.tariff"), orNone(c.getTariff().in(lang)));
        section(table, "card.section.access");
        row(table, text.getString("card.webAddress"), orNone(c.getWebAddress()));
        row(table, text.getString("card.systemName"), orNone(c.getSystemName().in(lang)));
        for (StageAccess stage : card.stages()) {
            row(table, label("Stage.", stage.getStage()), stage(stage));
        }
        section(table, "card.section.links");
        row(table, text.getString("card.ownSystems"), links(card.ownSystems()));
        row(table, text.getString("card.otherAgencies"), links(card.otherAgencies()));
        section(table, "card.section.process");
        row(table, text.getString("card.processes"), lines(c.getProcesses(), true));
        row(table, text.getString("card.outputs"), lines(c.getOutputs(), false));
        if (card.hasLicense()) {
            license(table);
        }
        section(table, "card.section.responsible");
        row(table, text.getString("card.unit"), card.unit().in(lang));
        row(table, text.getString("card.filledBy"), orNone(c.getFilledByName()));
        row(table, text.getString("card.updatedAt"), date(card.updatedAt()));

        document.add(table);
        document.close();
        return out.toByteArray();
    }

    private void license(PdfPTable table) {
        PdfPCell header = cell(
                text.getString("license.section") + ": "
                        + card.license().title().in(lang),
                new Font(BOLD, 11));
        header.setColspan(2);
        header.setGrayFill(0.92f);
        table.addCell(header);
        for (LicenseStep step : card.license().steps()) {
            StringBuilder value = new StringBuilder();
            append(
                    value,
                    "license.legalBasis",
                    step.getLegalBasis().in(lang),
                    !step.getLegalBasis().isEmpty());
            append(
                    value,
                    "card.documents",
                    lines(step.getDocuments(), false),
                    !step.getDocuments().isEmpty());
            append(
                    value,
                    "license.validity",
                    step.getValidity().in(lang),
                    !step.getValidity().isEmpty());
            append(
                    value,
                    "card.costRials",
                    step.getCostRials() == null ? "" : amount(step.getCostRials()),
                    step.getCostRials() != null);
            append(
                    value,
                    "license.applicants",
                    labels("Applicant.", step.getApplicants()),
                    !step.getApplicants().isEmpty());
            append(
                    value,
                    "license.process",
                    step.getProcess() == null ? "" : label("LicenseProcess.", step.getProcess()),
                    step.getProcess() != null);
            append(
                    value,
                    "license.supervisors",
                    step.getSupervisingBodies().in(lang),
                    !step.getSupervisingBodies().isEmpty());
            append(
                    value,
                    "license.time",
                    step.getApproximateTime().in(lang),
                    !step.getApproximateTime().isEmpty());
            append(
                    value,
                    "card.note",
                    step.getNotes().in(lang),
                    !step.getNotes().isEmpty());
            value.append('\n').append(text.getString(step.isElectronic() ? "card.electronic" : "card.notElectronic"));
            row(
                    table,
                    label("LicenseOperation.", step.getOperation()),
                    value.toString().strip());
        }
        for (LicenseInquiry inquiry : card.license().inquiries()) {
            row(
                    table,
                    text.getString("license.inquiries"),
                    inquiry.getAgency().in(lang) + " — "
                            + label("InquiryKind.", inquiry.getKind())
                            + (inquiry.getSubject().isEmpty()
                                    ? ""
                                    : " — " + inquiry.getSubject().in(lang)) + " — "
                            + text.getString(inquiry.isElectronic() ? "card.electronic" : "card.notElectronic"));
        }
    }

    private void title(PdfPTable table, String value, float size) {
        PdfPCell cell = cell(value, new Font(size > 12 ? BOLD : REGULAR, size));
        cell.setColspan(2);
        cell.setBorder(PdfPCell.NO_BORDER);
        cell.setPaddingBottom(8);
        table.addCell(cell);
    }

    private void section(PdfPTable table, String key) {
        PdfPCell cell = cell(text.getString(key), new Font(BOLD, 11));
        cell.setColspan(2);
        cell.setGrayFill(0.92f);
        table.addCell(cell);
    }

    private void row(PdfPTable table, String label, String value) {
        table.addCell(cell(label, new Font(BOLD, 9.5f)));
        table.addCell(cell(value, new Font(REGULAR, 9.5f)));
    }

    private PdfPCell cell(String value, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(value == null ? "" : value, font));
        cell.setRunDirection(rtl ? PdfWriter.RUN_DIRECTION_RTL : PdfWriter.RUN_DIRECTION_LTR);
        cell.setHorizontalAlignment(Element.ALIGN_LEFT);
        cell.setPadding(4);
        return cell;
    }

    private String stage(StageAccess s) {
        StringBuilder value =
                new StringBuilder(text.getString(s.isElectronic() ? "card.electronic" : "card.notElectronic"));
        append(
                value,
                "card.channels",
                labels("Channel.", s.getChannels()),
                !s.getChannels().isEmpty());
        append(
                value,
                "card.inPersonReasons",
                labels("InPersonReason.", s.getInPersonReasons()),
                !s.getInPersonReasons().isEmpty());
        append(
                value,
                "card.visitLevels",
                labels("VisitLevel.", s.getVisitLevels()),
                !s.getVisitLevels().isEmpty());
        append(value, "card.note", s.getNote().in(lang), !s.getNote().isEmpty());
        return value.toString();
    }

    private void append(StringBuilder value, String key, String part, boolean present) {
        if (present) {
            value.append('\n').append(text.getString(key)).append(": ").append(part);
        }
    }

    private String links(List<SystemLink> links) {
        if (links.isEmpty()) {
            return none();
        }
        return links.stream()
                .map(l -> (l.isOtherAgency() ? l.getAgency().in(lang) + " — " : "")
                        + (l.getSystemName().isEmpty() ? "" : l.getSystemName().in(lang) + " — ")
                        + (l.getExchangedFields().isEmpty()
                                ? ""
                                : l.getExchangedFields().in(lang) + " — ")
                        + label("LinkMode.", l.getMode())
                        + (l.getInquiryBy() == null ? "" : " — " + label("InquiryBy.", l.getInquiryBy())))
                .collect(Collectors.joining("\n"));
    }

    private String lines(LocalizedText value, boolean numbered) {
        List<String> lines = value.lines(lang);
        if (lines.isEmpty()) {
            return none();
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            out.append(i == 0 ? "" : "\n")
                    .append(numbered ? digits(i + 1) + ". " : "• ")
                    .append(lines.get(i));
        }
        return out.toString();
    }

    private String labels(String prefix, Collection<? extends Enum<?>> values) {
        return values.isEmpty()
                ? none()
                : values.stream().map(v -> label(prefix, v)).collect(Collectors.joining("، "));
    }

    private String label(String prefix, Enum<?> value) {
        return text.getString(prefix + value.name());
    }

    private String period(CardContent c) {
        return c.getRecipientsPeriod() == null ? "" : label("Period.", c.getRecipientsPeriod());
    }

    private String format(String key, Object... arguments) {
        return Plurals.format(text.getString(key), locale, arguments);
    }

    private String date(Instant instant) {
        return instant == null
                ? none()
                : JalaliDate.format(instant.atZone(Dates.ZONE).toLocalDate(), locale);
    }

    private String amount(Number value) {
        return NumberFormat.getInstance(rtl ? new ULocale("fa_IR") : ULocale.ENGLISH)
                .format(value);
    }

    private String digits(Object value) {
        return rtl ? PersianDigits.toPersian(String.valueOf(value)) : String.valueOf(value);
    }

    private String orNone(String value) {
        return value == null || value.isBlank() ? none() : value;
    }

    private String none() {
        return text.getString("card.none");
    }
}
