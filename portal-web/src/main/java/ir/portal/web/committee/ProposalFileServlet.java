package ir.portal.web.committee;

import ir.portal.committee.application.CommitteeQueries;
import ir.portal.web.Ids;
import ir.portal.web.files.FileParts;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code /committee/file?id=}: a proposal's file, for whoever may read the proposal (its unit, the secretary, the
 * members, IT), as a download.
 */
@WebServlet("/committee/file")
public class ProposalFileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private CommitteeQueries queries;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Long id = Ids.parse(request.getParameter("id")).orElse(null);
        if (id == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        FileParts.send(queries.file(id), response);
    }
}
