package ir.portal.desk.application;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;

import org.apache.tika.Tika;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Decides what an uploaded file is from its first bytes, never from its name, and refuses what the desk does not
 * take: anything but PDF, JPEG and PNG, and anything over {@code portal.desk.max-upload-bytes} (5 MB unless set).
 */
@ApplicationScoped
public class FileTypes {

    static final Set<String> ACCEPTED = Set.of("application/pdf", "image/jpeg", "image/png");

    @Inject
    @ConfigProperty(name = "portal.desk.max-upload-bytes", defaultValue = "5242880")
    long maxBytes;

    private final Tika tika = new Tika();

    /** The media type of an accepted file; otherwise the message key that says why it was refused. */
    public Checked check(Upload upload) {
        if (upload.size() == 0) {
            return new Checked(null, "desk.file.empty");
        }
        if (upload.size() > maxBytes) {
            return new Checked(null, "desk.file.too-large");
        }
        String type;
        try {
            type = tika.detect(new ByteArrayInputStream(upload.content()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ACCEPTED.contains(type) ? new Checked(type, null) : new Checked(null, "desk.file.type");
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** A media type, or the key of the reason the file was refused. */
    public record Checked(String mediaType, String problem) {

        public boolean accepted() {
            return problem == null;
        }
    }
}
