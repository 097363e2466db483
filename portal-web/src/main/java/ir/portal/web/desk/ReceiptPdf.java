package ir.portal.web.desk;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import ir.portal.desk.application.Receipt;
import ir.portal.i18n.JalaliDate;
import ir.portal.i18n.PersianDigits;
import ir.portal.platform.pdf.PdfFonts;
import ir.portal.web.i18n.Dates;
import ir.portal.web.i18n.Plurals;
import java.io.ByteArrayOutputStream;
import java.util.Locale;
import java.util.ResourceBundle;

/** The electronic receipt as a one-page PDF: the tracking code large, the service, the dates, the applicant. */
final class ReceiptPdf {

    private final Receipt receipt;
    private final Locale locale;
    private final ResourceBundle text;
    private final boolean rtl;

    ReceiptPdf(Receipt receipt, Locale locale) {
        this.receipt = receipt;
        this.locale = locale;
        this.text = ResourceBundle.getBundle("ir.portal.web.i18n.text", locale);
        this.rtl = !"en".equals(locale.getLanguage());
    }

    byte[] write() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A5, 30, 30, 36, 36);
        PdfWriter.getInstance(document, out);
        String lang = locale.getLanguage();
        document.addTitle(text.getString("desk_receipt.title") + " " + receipt.groupedCode());
        document.addCreator(text.getString("site.name"));
        document.open();
        PdfPTable table = new PdfPTable(rtl ? new float[] {6, 4} : new float[] {4, 6});
        table.setWidthPercentage(100);
        table.setRunDirection(rtl ? PdfWriter.RUN_DIRECTION_RTL : PdfWriter.RUN_DIRECTION_LTR);
        wide(table, text.getString("site.name"), new Font(PdfFonts.BOLD, 12));
        wide(table, text.getString("desk_receipt.title"), new Font(PdfFonts.BOLD, 14));
        row(table, text.getString("desk_receipt.code"), digits(receipt.groupedCode()), 16);
        row(table, text.getString("desk_receipt.service"), receipt.service().in(lang), 10);
        row(table, text.getString("desk_receipt.unit"), receipt.unit().in(lang), 10);
        row(table, text.getString("desk_receipt.applicant"), receipt.applicantName(), 10);
        row(table, text.getString("desk_receipt.nationalId"), digits(receipt.nationalId()), 10);
        var at = receipt.submittedAt().atZone(Dates.ZONE);
        row(
                table,
                text.getString("desk_receipt.submittedAt"),
                digits(JalaliDate.of(at.toLocalDate()) + String.format(" %02d:%02d", at.getHour(), at.getMinute())),
                10);
        row(
                table,
                text.getString("desk_receipt.dueOn"),
                JalaliDate.format(receipt.dueOn(), locale) + " (" + JalaliDate.formatGregorian(receipt.dueOn(), locale)
                        + ")",
                12);
        wide(
                table,
                Plurals.format(text.getString("desk_receipt.dueNote"), locale, receipt.averageDays()),
                new Font(PdfFonts.REGULAR, 9));
        wide(table, text.getString("desk_receipt.trackNote"), new Font(PdfFonts.REGULAR, 9));
        document.add(table);
        document.close();
        return out.toByteArray();
    }

    private void row(PdfPTable table, String label, String value, float size) {
        table.addCell(cell(label, new Font(PdfFonts.BOLD, 10)));
        table.addCell(cell(value, new Font(PdfFonts.REGULAR, size)));
    }

    private void wide(PdfPTable table, String value, Font font) {
        PdfPCell cell = cell(value, font);
        cell.setColspan(2);
        table.addCell(cell);
    }

    private PdfPCell cell(String value, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(value == null ? "" : value, font));
        cell.setRunDirection(rtl ? PdfWriter.RUN_DIRECTION_RTL : PdfWriter.RUN_DIRECTION_LTR);
        cell.setHorizontalAlignment(Element.ALIGN_LEFT);
        cell.setPadding(5);
        return cell;
    }

    private String digits(Object value) {
        return rtl ? PersianDigits.toPersian(String.valueOf(value)) : String.valueOf(value);
    }
}
