package ir.portal.platform.pdf;

import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Vazirmatn, embedded in every PDF the portal writes (the web's card and receipt, the batch's reports), so Persian
 * reads the same on any machine. In the kernel so that portal-web and portal-batch share one copy.
 */
public final class PdfFonts {

    public static final BaseFont REGULAR = font("Vazirmatn-Regular.ttf");
    public static final BaseFont BOLD = font("Vazirmatn-Bold.ttf");

    private PdfFonts() {}

    private static BaseFont font(String name) {
        try (InputStream in = PdfFonts.class.getResourceAsStream("/ir/portal/platform/pdf/fonts/" + name)) {
            byte[] bytes = in.readAllBytes();
            return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, bytes, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
