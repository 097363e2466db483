package ir.portal.web.desk;

import ir.portal.platform.files.Upload;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * What the desk's pages share: files from the browser (the request form and a request's page) and the client's
 * address, which the tracking page ({@code ir.portal.web.track}) records too.
 */
public final class DeskPages {

    /** The most a browser may send for one file; the service then applies the portal's own limit. */
    static final long MAX_READ = 10L * 1024 * 1024;

    private DeskPages() {}

    /** The file a browser sent, or empty when the input was left empty; read up to the upload limit. */
    static Optional<Upload> upload(String slot, Part part) throws IOException {
        if (part == null || part.getSize() == 0) {
            return Optional.empty();
        }
        try (InputStream in = part.getInputStream()) {
            // a larger file is cut short here; the service refuses it by its size all the same
            return Optional.of(new Upload(slot, part.getSubmittedFileName(), in.readNBytes((int) MAX_READ + 1)));
        }
    }
}
