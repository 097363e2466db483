package ir.portal.platform.csv;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes CSV for download: UTF-8 that starts with a byte-order mark (without it Excel reads Persian as Windows-1256
 * mojibake), rows ended by CRLF, a cell quoted when it holds a comma, a quote or a line break (RFC 4180). A cell
 * that starts with {@code = + - @} and is not a number is written after a quote mark, so a spreadsheet does not run it as a formula.
 */
public final class CsvWriter implements AutoCloseable {

    /** The media type of what this writes. */
    public static final String MEDIA_TYPE = "text/csv; charset=UTF-8";

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private final Writer out;

    public CsvWriter(OutputStream stream) throws IOException {
        out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
        out.write('\uFEFF');
    }

    /** Writes one row; a null cell is empty. */
    public CsvWriter row(List<?> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(cell(cells.get(i)));
        }
        out.write("\r\n");
        return this;
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (!text.isEmpty()
                && "=+-@".indexOf(text.charAt(0)) >= 0
                && !NUMBER.matcher(text).matches()) {
            text = "'" + text;
        }
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }

    @Override
    public void close() throws IOException {
        out.flush();
    }
}
