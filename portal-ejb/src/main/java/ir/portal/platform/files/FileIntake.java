package ir.portal.platform.files;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.Map;
import java.util.Set;
import org.apache.tika.Tika;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How every feature takes a file from a person: its type decided from its first bytes, never from its name; its
 * size held to half of {@code portal.upload.max-post-bytes} (so 5 MB of the default 10 MB); and the name it is
 * stored and downloaded under made safe: no folders, no control or direction-changing characters, and the
 * extension of the detected type. The same setting is the server's {@code max-post-size} (config/cli/portal.cli),
 * so the files of one form, together, may take it up to what the post leaves for the form's other fields.
 */
@ApplicationScoped
public class FileIntake {

    /** Documents people send with requests and messages. */
    public static final Set<String> DOCUMENTS = Set.of("application/pdf", "image/jpeg", "image/png");

    /** Pictures pages show, such as a news item's cover. */
    public static final Set<String> PICTURES = Set.of("image/jpeg", "image/png");

    private static final Map<String, String> EXTENSIONS = Map.of(
            "application/pdf",
            ".pdf",
            "image/jpeg",
            ".jpg",
            "image/png",
            ".png",
            "text/csv",
            ".csv",
            "text/plain",
            ".txt");

    private static final int MAX_NAME = 200;

    /** What a post needs beside its files: the form's other fields. */
    static final long FORM_ROOM = 64 * 1024;

    @Inject
    @ConfigProperty(name = "portal.upload.max-post-bytes", defaultValue = "10485760")
    long maxPostBytes;

    private final Tika tika = new Tika();

    /** The file checked against the types a feature takes: accepted with its type and safe name, or why not. */
    public Checked check(Upload upload, Set<String> acceptedTypes) {
        if (upload.size() == 0) {
            return Checked.refused("platform.file.empty");
        }
        if (upload.size() > maxBytes()) {
            return Checked.refused("platform.file.too-large");
        }
        String type = detect(upload.content());
        if (!acceptedTypes.contains(type)) {
            return Checked.refused("platform.file.type");
        }
        return new Checked(type, storedName(upload.fileName(), type), null);
    }

    /** The most one file may hold. */
    public long maxBytes() {
        return maxPostBytes / 2;
    }

    /** The most the files of one post may hold together: the server refuses a larger post outright. */
    public long maxFilesBytes() {
        return maxPostBytes - FORM_ROOM;
    }

    private String detect(byte[] content) {
        try {
            return tika.detect(new ByteArrayInputStream(content));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The name without folders, control and format characters (U+202E and the other direction marks) or quotes,
     * with the detected type's extension in place of whatever the sender wrote.
     */
    public static String storedName(String fileName, String mediaType) {
        String name = fileName == null ? "" : Normalizer.normalize(fileName, Normalizer.Form.NFC);
        // the zero-width (non-)joiner is part of Persian spelling and stays; every other format character goes
        name = name.replaceAll(".*[/\\\\]", "")
                .replaceAll("[\\p{Cc}\\p{Zl}\\p{Zp}\"*<>|?:]", "")
                .replaceAll("[\\p{Cf}&&[^\\u200C\\u200D]]", "")
                .strip();
        int dot = name.lastIndexOf('.');
        String base = (dot > 0 ? name.substring(0, dot) : name)
                .replaceAll("[.\\s]+$", "")
                .strip();
        if (base.isEmpty()) {
            base = "document";
        }
        String extension = EXTENSIONS.getOrDefault(mediaType, "");
        return base.substring(0, Math.min(base.length(), MAX_NAME - extension.length())) + extension;
    }

    /** A file's media type and stored name, or the message key of the reason it was refused. */
    public record Checked(String mediaType, String storedName, String problem) {

        static Checked refused(String problem) {
            return new Checked(null, null, problem);
        }

        public boolean accepted() {
            return problem == null;
        }
    }
}
