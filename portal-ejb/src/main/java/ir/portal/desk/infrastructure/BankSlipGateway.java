package ir.portal.desk.infrastructure;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.ULocale;
import ir.portal.desk.application.PaymentGateway;
import ir.portal.desk.domain.ServiceRequest;
import ir.portal.identifiers.BillId;
import ir.portal.identifiers.PaymentId;
import ir.portal.platform.errors.InvalidInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Payment by bank slip, the way utility bills are paid in Iran: the bill ID names the request (its id, the
 * company code from {@code portal.payment.company-code} and the service type digit), the payment ID carries the
 * amount, the Jalali year and month. Staff confirm the payment by the bank's trace number once it shows on the
 * company account.
 */
@ApplicationScoped
public class BankSlipGateway implements PaymentGateway {

    @Inject
    @ConfigProperty(name = "portal.payment.company-code", defaultValue = "141")
    String companyCode;

    @Inject
    @ConfigProperty(name = "portal.payment.service-type", defaultValue = "2")
    String serviceType;

    @Override
    public Slip issue(ServiceRequest request, long amountRials) {
        if (amountRials <= 0 || amountRials % 1000 != 0) {
            throw new InvalidInput(Map.of("amount", "desk.amount.invalid"));
        }
        String body = String.format("%08d", request.getId() % 100_000_000L) + companyCode + serviceType;
        BillId bill = BillId.withCheckDigit(body);
        Calendar persian = Calendar.getInstance(new ULocale("fa_IR@calendar=persian"));
        persian.setTimeInMillis(request.getSubmittedAt().toEpochMilli());
        int year = persian.get(Calendar.YEAR) % 10;
        int month = persian.get(Calendar.MONTH) + 1;
        try {
            return new Slip(bill, PaymentId.issue(bill, amountRials, year, month));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(Map.of("amount", "desk.amount.invalid"));
        }
    }

    @Override
    public String confirm(ServiceRequest request, String reference) {
        String trace = reference == null ? "" : reference.strip();
        if (!trace.matches("[0-9A-Za-z-]{6,40}")) {
            throw InvalidInput.of("trace", "desk.payment.reference.invalid");
        }
        return trace;
    }
}
