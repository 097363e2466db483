package ir.portal.desk.application;

import ir.portal.desk.domain.ServiceRequest;
import ir.portal.identifiers.BillId;
import ir.portal.identifiers.PaymentId;

/**
 * How the citizen pays what a request costs. The portal ships the bank-slip way ({@code BankSlipGateway}): a slip
 * with a bill ID and a payment ID that any bank, ATM or payment app takes, and staff confirm the payment from the
 * bank's reference. An online gateway (Shaparak PSP) implements the same two steps against the bank and is chosen
 * with CDI {@code @Alternative} in {@code beans.xml}.
 */
public interface PaymentGateway {

    /** The slip for an amount due on a request. */
    Slip issue(ServiceRequest request, long amountRials);

    /**
     * Checks a payment against its reference (the bank's trace number) and returns the reference to keep;
     * throws {@link InvalidInput} when it does not confirm.
     */
    String confirm(ServiceRequest request, String reference);

    /** The two numbers printed on the slip. */
    record Slip(BillId billId, PaymentId paymentId) {}
}
