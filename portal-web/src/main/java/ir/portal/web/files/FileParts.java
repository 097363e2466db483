package ir.portal.web.files;

import ir.portal.platform.files.StoredFile;
import ir.portal.platform.files.Upload;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Files between the browser and the kernel's intake: a file input's part read as an {@link Upload}, and a kept
 * file sent back always as an attachment under its stored name with the type detected at upload, so the browser
 * never runs it, and never cached.
 */
public final class FileParts {

    /** The most a browser may send for one file; the service then applies the portal's own limit. */
    static final long MAX_READ = 10L * 1024 * 1024;

    private FileParts() {}

    /** The file a browser sent, or empty when the input was left empty; read up to the upload limit. */
    public static Optional<Upload> upload(String slot, Part part) throws IOException {
        if (part == null || part.getSize() == 0) {
            return Optional.empty();
        }
        try (InputStream in = part.getInputStream()) {
            // a larger file is cut short here; the service refuses it by its size all the same
            return Optional.of(new Upload(slot, part.getSubmittedFileName(), in.readNBytes((int) MAX_READ + 1)));
        }
    }

    /**
     * Writes a picture to be shown in the page (a JPEG or PNG as the intake detected it from its bytes), kept by
     * browsers and proxies for a day: a kept file's id names the same bytes for ever.
     */
    public static void show(StoredFile picture, HttpServletResponse response) throws IOException {
        byte[] content = picture.content();
        response.setContentType(picture.mediaType());
        response.setHeader("Content-Disposition", "inline");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "public, max-age=86400");
        response.setContentLength(content.length);
        response.getOutputStream().write(content);
    }

    /** Writes the file as a download. */
    public static void send(StoredFile file, HttpServletResponse response) throws IOException {
        byte[] content = file.content();
        response.setContentType(file.mediaType());
        response.setHeader(
                "Content-Disposition",
                "attachment; filename*=UTF-8''"
                        + URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8)
                                .replace("+", "%20"));
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentLength(content.length);
        response.getOutputStream().write(content);
    }
}
