package ir.portal.desk;

import ir.portal.desk.application.SubmissionForm;
import ir.portal.identifiers.BillId;
import ir.portal.platform.files.Upload;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/** Forms and files the desk tests submit. */
public final class DeskSamples {

    public static final String NATIONAL_ID = "0499370899";
    public static final String OTHER_NATIONAL_ID = "0790419904";

    private DeskSamples() {}

    /** The branch-correction form, digits typed in Persian as people do. */
    public static SubmissionForm branchCorrection(long serviceId) {
        SubmissionForm form = new SubmissionForm();
        form.setServiceId(serviceId);
        form.setFormToken(UUID.randomUUID().toString());
        form.setNationalId("۰۴۹۹۳۷۰۸۹۹");
        form.setMobile("۰۹۱۲ ۱۲۳ ۴۵۶۷");
        form.setEmail("applicant@portal.example");
        form.getFields()
                .put("bill", BillId.withCheckDigit("12345678" + "141" + "2").value());
        form.getFields().put("problem", "پارگی کابل سرویس");
        return form;
    }

    public static List<Upload> identityDocument() {
        return List.of(new Upload("identity", "national-card.pdf", pdf()));
    }

    public static byte[] pdf() {
        return ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    public static byte[] png() {
        return new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
    }

    /** The start of a Windows executable: what a renamed {@code .exe} looks like inside. */
    public static byte[] executable() {
        byte[] exe = new byte[256];
        exe[0] = 'M';
        exe[1] = 'Z';
        exe[0x3C] = (byte) 0x80;
        exe[0x80] = 'P';
        exe[0x81] = 'E';
        return exe;
    }
}
