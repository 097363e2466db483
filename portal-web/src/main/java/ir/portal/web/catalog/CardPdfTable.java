package ir.portal.web.catalog;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import ir.portal.platform.pdf.PdfFonts;

/**
 * The one table the printable card is: a label and a value on each row, title rows above, a grey row at the head of
 * each section, all in the reader's direction.
 */
final class CardPdfTable {

    private static final BaseFont REGULAR = PdfFonts.REGULAR;
    private static final BaseFont BOLD = PdfFonts.BOLD;

    private final boolean rtl;
    private final PdfPTable table;

    CardPdfTable(boolean rtl) {
        this.rtl = rtl;
        // OpenPDF lays the widths out from the left, whatever the run direction
        this.table = new PdfPTable(rtl ? new float[] {7, 3} : new float[] {3, 7});
        table.setWidthPercentage(100);
        table.setRunDirection(rtl ? PdfWriter.RUN_DIRECTION_RTL : PdfWriter.RUN_DIRECTION_LTR);
    }

    PdfPTable table() {
        return table;
    }

    void title(String value, float size) {
        PdfPCell cell = cell(value, new Font(size > 12 ? BOLD : REGULAR, size));
        cell.setColspan(2);
        cell.setBorder(PdfPCell.NO_BORDER);
        cell.setPaddingBottom(8);
        table.addCell(cell);
    }

    void section(String heading) {
        PdfPCell cell = cell(heading, new Font(BOLD, 11));
        cell.setColspan(2);
        cell.setGrayFill(0.92f);
        table.addCell(cell);
    }

    void row(String label, String value) {
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
}
