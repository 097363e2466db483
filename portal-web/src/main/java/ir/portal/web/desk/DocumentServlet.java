package ir.portal.web.desk;

import ir.portal.desk.application.DeskService;
import ir.portal.web.Ids;
import ir.portal.web.files.FileParts;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code /desk/document?id=}: a file of a request, for its owner and the staff who work it, always as an
 * attachment with the type sniffed at upload, so the browser never runs it. The desk records the download.
 */
@WebServlet("/desk/document")
public class DocumentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    DeskService desk;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Long id = Ids.parse(request.getParameter("id")).orElse(null);
        if (id == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        FileParts.send(desk.download(id), response);
    }
}
