package ir.portal.committee.application;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import ir.portal.committee.domain.AgendaItem;
import ir.portal.committee.domain.DecisionRule;
import ir.portal.committee.domain.Meeting;
import ir.portal.committee.domain.Vote;
import ir.portal.committee.domain.VoteChoice;
import ir.portal.i18n.JalaliDate;
import ir.portal.i18n.PersianDigits;
import ir.portal.platform.pdf.PdfFonts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The minutes of a meeting as a Persian PDF: the meeting, its rule, who was present and absent, and for each item
 * the proposal, every vote with its comment, the counts, the decision and its conditions.
 */
@ApplicationScoped
public class MinutesPdf {

    private static final Locale PERSIAN = Locale.forLanguageTag("fa-IR");

    @Inject
    Clock clock;

    public byte[] write(Meeting meeting, Map<String, String> names) {
        ResourceBundle text = ResourceBundle.getBundle("ir.portal.committee.minutes", PERSIAN);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 36, 36, 42, 42);
        PdfWriter.getInstance(document, out);
        document.addTitle(text.getString("title") + " " + meeting.getNumber());
        document.open();
        PdfPTable table = new PdfPTable(new float[] {3, 2, 5});
        table.setWidthPercentage(100);
        table.setRunDirection(PdfWriter.RUN_DIRECTION_RTL);
        wide(table, text.getString("title"), 15, true);
        wide(table, format(text, "meeting", digits(meeting.getNumber())), 13, true);
        ZonedDateTime at = meeting.getStartsAt().atZone(clock.getZone());
        row(
                table,
                text.getString("date"),
                digits(JalaliDate.of(at.toLocalDate()) + String.format(" %02d:%02d", at.getHour(), at.getMinute())));
        row(table, text.getString("place"), meeting.getPlace() == null ? text.getString("none") : meeting.getPlace());
        DecisionRule rule = meeting.getRule();
        row(
                table,
                text.getString("rule"),
                format(
                        text,
                        "rule.text",
                        digits(rule.getQuorum()),
                        digits(rule.getMembers()),
                        text.getString("Decision." + rule.getTie())));
        row(table, text.getString("present"), people(meeting.present(), names));
        TreeSet<String> absent = new TreeSet<>(names.keySet());
        absent.removeAll(meeting.present());
        row(table, text.getString("absent"), absent.isEmpty() ? text.getString("none") : people(absent, names));
        for (AgendaItem item : meeting.items()) {
            item(table, text, item, names);
        }
        wide(table, text.getString("footer"), 8, false);
        document.add(table);
        document.close();
        return out.toByteArray();
    }

    private void item(PdfPTable table, ResourceBundle text, AgendaItem item, Map<String, String> names) {
        wide(
                table,
                format(
                        text,
                        "item",
                        digits(item.getPosition()),
                        item.getProposal().getTitle()),
                12,
                true);
        row(table, text.getString("unit"), item.getProposal().getUnit().getNameFa());
        table.addCell(cell(text.getString("member"), 10, true));
        table.addCell(cell(text.getString("vote"), 10, true));
        table.addCell(cell(text.getString("comment"), 10, true));
        for (Vote vote : item.votes()) {
            table.addCell(cell(names.getOrDefault(vote.getMember(), vote.getMember()), 10, false));
            table.addCell(cell(text.getString("VoteChoice." + vote.getChoice()), 10, false));
            table.addCell(cell(vote.getComment() == null ? "" : vote.getComment(), 10, false));
        }
        wide(
                table,
                format(
                        text,
                        "counts",
                        digits(item.count(VoteChoice.APPROVE)),
                        digits(item.count(VoteChoice.REJECT)),
                        digits(item.count(VoteChoice.ABSTAIN))),
                10,
                false);
        if (item.getDecision() == null) {
            row(table, text.getString("decision"), text.getString("Decision.NONE"));
            if (!item.getMeeting()
                    .getRule()
                    .hasQuorum(item.getMeeting().present().size())) {
                wide(table, text.getString("quorum.missing"), 10, false);
            }
        } else {
            row(table, text.getString("decision"), text.getString("Decision." + item.getDecision()));
        }
        if (item.getConditions() != null) {
            row(table, text.getString("conditions"), item.getConditions());
        }
    }

    private static String people(Collection<String> usernames, Map<String, String> names) {
        return usernames.stream().sorted().map(u -> names.getOrDefault(u, u)).collect(Collectors.joining("، "));
    }

    private static void row(PdfPTable table, String label, String value) {
        table.addCell(cell(label, 10, true));
        PdfPCell cell = cell(value, 10, false);
        cell.setColspan(2);
        table.addCell(cell);
    }

    private static void wide(PdfPTable table, String value, float size, boolean bold) {
        PdfPCell cell = cell(value, size, bold);
        cell.setColspan(3);
        table.addCell(cell);
    }

    private static PdfPCell cell(String value, float size, boolean bold) {
        PdfPCell cell = new PdfPCell(new Phrase(value, new Font(bold ? PdfFonts.BOLD : PdfFonts.REGULAR, size)));
        cell.setRunDirection(PdfWriter.RUN_DIRECTION_RTL);
        cell.setHorizontalAlignment(Element.ALIGN_LEFT);
        cell.setPadding(5);
        return cell;
    }

    private static String format(ResourceBundle text, String key, Object... arguments) {
        return new MessageFormat(text.getString(key), PERSIAN).format(arguments);
    }

    private static String digits(Object value) {
        return PersianDigits.toPersian(String.valueOf(value));
    }
}
