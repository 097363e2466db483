package ir.portal.web.catalog;

import ir.portal.catalog.application.CatalogQueries;
import ir.portal.catalog.application.PublishedCard;
import ir.portal.web.i18n.Language;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;

/** {@code /catalog/card.pdf?id=}: a published card as a PDF to download and print, in the reader's language. */
@WebServlet("/catalog/card.pdf")
public class CardPdfServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private CatalogQueries queries;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        PublishedCard card =
                CardBacking.published(queries, request.getParameter("id")).orElse(null);
        if (card == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String lang = request.getParameter("lang") != null
                ? request.getParameter("lang")
                : Language.cookieValue(request).orElse("fa");
        byte[] pdf = new CardPdf(card, Language.fromCode(lang)).write(Instant.now());
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\"service-card-" + card.id() + ".pdf\"");
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
    }
}
