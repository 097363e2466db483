package ir.portal.web.files;

import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.ULocale;
import ir.portal.platform.files.FileIntake;
import ir.portal.web.i18n.Language;
import ir.portal.web.i18n.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.MessageFormat;

/**
 * The limits of a form with files, for its page ({@code #{uploads…}}): put on the form and its file inputs as
 * {@code data-} attributes, which {@code portal/js/uploads.js} checks before the form is sent, and written out in
 * the reader's language for the hint and the messages. The server's limit is the same setting, so a post the
 * browser lets through is one the server reads.
 */
@Named
@RequestScoped
public class Uploads {

    private static final double MEGABYTE = 1024 * 1024;

    @Inject
    FileIntake intake;

    @Inject
    Language language;

    public long getFileBytes() {
        return intake.maxBytes();
    }

    public long getFilesBytes() {
        return intake.maxFilesBytes();
    }

    /** The hint under a file input: the types and the limit. */
    public String getHint() {
        return MessageFormat.format(Texts.text("upload.hint"), megabytes(intake.maxBytes()));
    }

    /** The message for a file over the limit, {@code {name}} standing for the file's name. */
    public String getTooLarge() {
        return MessageFormat.format(Texts.text("upload.tooLarge"), "{name}", megabytes(intake.maxBytes()));
    }

    /** The message for files that are, together, over what one form may send. */
    public String getTooLargeTogether() {
        return MessageFormat.format(Texts.text("upload.tooLargeTogether"), megabytes(intake.maxFilesBytes()));
    }

    /** A file's size as people read it: whole kilobytes (at least one) under a megabyte, megabytes above. */
    public String size(long bytes) {
        if (bytes < MEGABYTE) {
            return MessageFormat.format(Texts.text("upload.kilobytes"), number((long) Math.ceil(bytes / 1024.0)));
        }
        return MessageFormat.format(Texts.text("upload.megabytes"), megabytes(bytes));
    }

    private String number(long value) {
        return NumberFormat.getInstance(language.isRightToLeft() ? new ULocale("fa_IR") : ULocale.ENGLISH)
                .format(Math.max(1, value));
    }

    private String megabytes(long bytes) {
        NumberFormat format =
                NumberFormat.getInstance(language.isRightToLeft() ? new ULocale("fa_IR") : ULocale.ENGLISH);
        format.setMaximumFractionDigits(1);
        return format.format(bytes / MEGABYTE);
    }
}
