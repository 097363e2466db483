package ir.portal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ir.portal.platform.csv.CsvWriter;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

    @Test
    void writesUtf8WithAByteOrderMarkQuotingWhatNeedsItAndDefusingFormulas() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (CsvWriter csv = new CsvWriter(bytes)) {
            csv.row(List.of("روز", "سد، بالا", "say \"hi\""));
            csv.row(Arrays.asList("=HYPERLINK(\"x\")", "-12.5", null));
        }
        byte[] written = bytes.toByteArray();
        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(written[0], written[1], written[2]));
        assertEquals(
                "\uFEFFروز,سد، بالا,\"say \"\"hi\"\"\"\r\n\"'=HYPERLINK(\"\"x\"\")\",-12.5,\r\n",
                new String(written, StandardCharsets.UTF_8));
    }
}
