package ir.portal.web.desk;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;

import org.omnifaces.util.Beans;
import org.omnifaces.util.Faces;

import ir.portal.desk.application.Upload;
import ir.portal.web.i18n.Language;
import jakarta.servlet.http.Part;

/** What the desk's backing beans share: texts, per-field messages, files from the browser, ids in addresses. */
final class DeskPages {

    /** The most a browser may send for one file; the service then applies the desk's own limit. */
    static final long MAX_READ = 10L * 1024 * 1024;

    private DeskPages() {
    }

    /** A text in the reader's language; also right for messages made before the view has its locale. */
    static String text(String key) {
        return ResourceBundle.getBundle("ir.portal.web.i18n.text", Beans.getReference(Language.class).getLocale())
                .getString(key);
    }

    /** The id in an address, if it is one. */
    static Optional<Long> id(String typed) {
        return typed == null || !typed.matches("\\d{1,18}") ? Optional.empty() : Optional.of(Long.parseLong(typed));
    }

    /** The messages to show next to each input, in the reader's language, by the field the desk named. */
    static Map<String, String> translated(String form, Map<String, String> problems) {
        Map<String, String> messages = new HashMap<>();
        problems.forEach((field, key) -> messages.put(form + "." + field, text(key)));
        return messages;
    }

    /** The file a browser sent, or empty when the input was left empty; read up to the upload limit. */
    static Optional<Upload> upload(String slot, Part part) throws IOException {
        if (part == null || part.getSize() == 0) {
            return Optional.empty();
        }
        try (InputStream in = part.getInputStream()) {
            // a larger file is cut short here; the desk refuses it by its size all the same
            return Optional.of(new Upload(slot, part.getSubmittedFileName(), in.readNBytes((int) MAX_READ + 1)));
        }
    }

    /**
     * The address the request came from, as the server saw it. Not from X-Forwarded-For, which anyone can send:
     * behind a balancer, the listener's proxy-address-forwarding puts the client's address here.
     */
    static String client() {
        return Faces.getRequest().getRemoteAddr();
    }
}
