package ir.portal.content.application;

import ir.portal.i18n.JalaliDate;
import ir.portal.i18n.PersianDigits;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Values pasted or uploaded as text, a day a line: the day (Jalali or Gregorian, in any digits), then a value per
 * line of the series in their order, separated by commas, semicolons or tabs; an empty cell leaves that line's
 * value alone. A first line that does not start with a day is a heading and is skipped. Each line that cannot be
 * read is reported with its number and why; the others are taken.
 */
public final class SeriesImport {

    /** A line that could not be read: its number (from 1), the message key of why, and the line itself. */
    public record BadLine(int number, String reason, String text) {}

    /** What was read: the values by day (a null where a cell was empty) and the lines that could not be read. */
    public record Result(Map<LocalDate, List<BigDecimal>> rows, List<BadLine> bad) {}

    static final String NOT_A_DAY = "content.series.import.notADay";
    static final String NOT_A_NUMBER = "content.series.import.notANumber";
    static final String CELLS = "content.series.import.cells";
    static final String TWICE = "content.series.import.twice";

    private static final Pattern SEPARATOR = Pattern.compile("[,;\t\u060C]");

    private SeriesImport() {}

    /** Reads {@code text} for a series of {@code lines} lines. */
    public static Result read(String text, int lines) {
        Map<LocalDate, List<BigDecimal>> rows = new LinkedHashMap<>();
        List<BadLine> bad = new ArrayList<>();
        String[] all = (text == null ? "" : text.replace("\uFEFF", "")).split("\r?\n|\r");
        for (int i = 0; i < all.length; i++) {
            String line = all[i];
            if (line.isBlank()) {
                continue;
            }
            String[] cells = SEPARATOR.split(line, -1);
            var day = JalaliDate.parse(cells[0]);
            if (day.isEmpty()) {
                if (i > 0 || rows.size() + bad.size() > 0) {
                    bad.add(new BadLine(i + 1, NOT_A_DAY, line));
                }
                continue;
            }
            List<String> values = Arrays.asList(cells).subList(1, cells.length);
            if (values.size() > lines || values.isEmpty()) {
                bad.add(new BadLine(i + 1, CELLS, line));
                continue;
            }
            List<BigDecimal> amounts = new ArrayList<>();
            boolean readable = true;
            for (int c = 0; c < lines; c++) {
                String cell = c < values.size() ? values.get(c).strip() : "";
                if (cell.isEmpty()) {
                    amounts.add(null);
                    continue;
                }
                var amount = PersianDigits.decimal(cell);
                readable &= amount.isPresent();
                amounts.add(amount.orElse(null));
            }
            if (!readable) {
                bad.add(new BadLine(i + 1, NOT_A_NUMBER, line));
            } else if (rows.putIfAbsent(day.get(), amounts) != null) {
                bad.add(new BadLine(i + 1, TWICE, line));
            }
        }
        return new Result(rows, bad);
    }
}
