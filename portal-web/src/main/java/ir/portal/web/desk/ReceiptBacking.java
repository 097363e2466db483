package ir.portal.web.desk;

import ir.portal.desk.application.DeskQueries;
import ir.portal.desk.application.Receipt;
import ir.portal.web.Ids;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.omnifaces.util.Faces;

/** {@code /desk/receipt.xhtml?id=}: the electronic receipt, right after submission and any time later. */
@Named
@RequestScoped
public class ReceiptBacking {

    @Inject
    DeskQueries queries;

    private String id;
    private Receipt receipt;

    public void load() throws IOException {
        receipt = Ids.parse(id).map(queries::receipt).orElse(null);
        if (receipt == null) {
            Faces.responseSendError(HttpServletResponse.SC_NOT_FOUND, "request");
        }
    }

    public Receipt getReceipt() {
        return receipt;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
