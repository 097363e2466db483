package ir.portal.web.content;

import ir.portal.content.application.ContentQueries;
import ir.portal.platform.files.StoredFile;
import ir.portal.web.files.FileParts;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code /content/file/<item>/<file>}: a document of a published item, for anyone, as long as the published text
 * lists it (a file kept for a revision still in review, or for another item, is not found), sent as a download.
 * {@code /content/cover/<item>/<file>}: the published text's cover picture, shown in the page.
 */
@WebServlet({"/content/file/*", ContentFileServlet.COVER + "/*"})
public class ContentFileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final String COVER = "/content/cover";

    private static final Pattern PATH = Pattern.compile("/(\\d{1,18})/(\\d{1,18})");

    @Inject
    private ContentQueries queries;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher path = PATH.matcher(String.valueOf(request.getPathInfo()));
        boolean cover = COVER.equals(request.getServletPath());
        Optional<StoredFile> file = Optional.empty();
        if (path.matches()) {
            long item = Long.parseLong(path.group(1));
            long id = Long.parseLong(path.group(2));
            file = cover ? queries.cover(item, id) : queries.file(item, id);
        }
        if (file.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        } else if (cover) {
            FileParts.show(file.get(), response);
        } else {
            FileParts.send(file.get(), response);
        }
    }
}
