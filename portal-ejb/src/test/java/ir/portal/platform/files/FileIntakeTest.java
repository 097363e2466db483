package ir.portal.platform.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** File intake: the type from the bytes, the size limit, and a stored name that cannot mislead. */
class FileIntakeTest {

    private static final byte[] PDF =
            "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] WINDOWS_EXECUTABLE = {
        'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xff, (byte) 0xff, 0, 0
    };

    private final FileIntake intake = intake(5 * 1024 * 1024);

    private static FileIntake intake(long maxBytes) {
        FileIntake intake = new FileIntake();
        intake.maxPostBytes = 2 * maxBytes;
        return intake;
    }

    @Test
    void refusesAnExecutableRenamedToPdf() {
        FileIntake.Checked checked =
                intake.check(new Upload("identity", "scan.pdf", WINDOWS_EXECUTABLE), FileIntake.DOCUMENTS);
        assertFalse(checked.accepted());
        assertEquals("platform.file.type", checked.problem());
    }

    @Test
    void aPdfNamedAsAWebPageIsStoredUnderThePdfExtension() {
        byte[] withScript = (new String(PDF, StandardCharsets.ISO_8859_1) + "<script>alert(1)</script>")
                .getBytes(StandardCharsets.ISO_8859_1);
        FileIntake.Checked checked =
                intake.check(new Upload("identity", "scan.html", withScript), FileIntake.DOCUMENTS);
        assertTrue(checked.accepted(), checked::toString);
        assertEquals("application/pdf", checked.mediaType());
        assertEquals("scan.pdf", checked.storedName());
    }

    @Test
    void directionAndControlCharactersLeaveTheName() {
        // "invoice" + RIGHT-TO-LEFT OVERRIDE + "fdp.exe": shown as invoiceexe.pdf by a browser that obeys it
        assertEquals("invoicefdp.pdf", FileIntake.storedName("invoice\u202Efdp.exe", "application/pdf"));
        assertEquals(
                "a b.pdf", FileIntake.storedName("a\u200E \u200Fb\u2066\u2067\u2068\u2069.pdf", "application/pdf"));
        assertEquals("report.jpg", FileIntake.storedName("C:\\Users\\x\\report\r\n.png", "image/jpeg"));
        assertEquals("passwd.png", FileIntake.storedName("../../etc/passwd", "image/png"));
        assertEquals("document.pdf", FileIntake.storedName("\u202E", "application/pdf"));
        assertEquals("document.pdf", FileIntake.storedName(null, "application/pdf"));
        assertEquals(
                "نقشه‌ی ملک.pdf",
                FileIntake.storedName("نقشه‌ی ملک.PDF", "application/pdf"),
                "the zero-width non-joiner of Persian words stays");
    }

    @Test
    void aLongNameIsCutBeforeItsExtension() {
        String stored = FileIntake.storedName("x".repeat(500) + ".pdf", "application/pdf");
        assertEquals(200, stored.length());
        assertTrue(stored.endsWith("x.pdf"));
    }

    @Test
    void refusesAnEmptyOrOversizeFile() {
        assertEquals(
                "platform.file.empty",
                intake.check(new Upload("a", "a.pdf", new byte[0]), FileIntake.DOCUMENTS)
                        .problem());
        assertEquals(
                "platform.file.too-large",
                intake(PDF.length - 1)
                        .check(new Upload("a", "a.pdf", PDF), FileIntake.DOCUMENTS)
                        .problem());
        assertTrue(intake(PDF.length)
                .check(new Upload("a", "a.pdf", PDF), FileIntake.DOCUMENTS)
                .accepted());
    }
}
