package ir.portal.web.desk;

import ir.portal.desk.application.DeskQueries;
import ir.portal.desk.application.Receipt;
import ir.portal.web.Ids;
import ir.portal.web.i18n.Language;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** {@code /desk/receipt.pdf?id=}: the electronic receipt as a PDF, Persian and Jalali unless English was chosen. */
@WebServlet("/desk/receipt.pdf")
public class ReceiptPdfServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    DeskQueries queries;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Receipt receipt =
                Ids.parse(request.getParameter("id")).map(queries::receipt).orElse(null);
        if (receipt == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String lang = Language.cookieValue(request).orElse("fa");
        byte[] pdf = new ReceiptPdf(receipt, Language.fromCode(lang)).write();
        response.setContentType("application/pdf");
        response.setHeader(
                "Content-Disposition", "attachment; filename=\"receipt-" + receipt.trackingCode() + ".pdf\"");
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
    }
}
