package ir.portal.web.committee;

import ir.portal.committee.application.CommitteeQueries;
import ir.portal.web.Ids;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * {@code /committee/minutes.pdf?id=}: the minutes kept with a closed meeting, for whoever may enter the committee's
 * area (web.xml guards the path, the service checks the right again); 404 for a meeting without minutes.
 */
@WebServlet("/committee/minutes.pdf")
public class MinutesServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private CommitteeQueries queries;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<byte[]> pdf = Ids.parse(request.getParameter("id")).flatMap(queries::minutes);
        if (pdf.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("application/pdf");
        response.setHeader(
                "Content-Disposition", "inline; filename=\"minutes-" + request.getParameter("id") + ".pdf\"");
        response.setContentLength(pdf.get().length);
        response.getOutputStream().write(pdf.get());
    }
}
