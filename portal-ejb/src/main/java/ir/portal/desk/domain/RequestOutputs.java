package ir.portal.desk.domain;

import ir.portal.identifiers.BillId;
import ir.portal.identifiers.PaymentId;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/**
 * What a request's workflow produced for the citizen (seeds/002, "اقلام اطلاعاتی خروجی"): the visit date, the
 * payment slip and its confirmation, the date the work was done, the answer.
 */
@Embeddable
public class RequestOutputs {

    @Column(name = "visit_on")
    private LocalDate visitOn;

    @Column(name = "work_on")
    private LocalDate workOn;

    @Column(name = "amount_rials")
    private Long amountRials;

    @Column(name = "bill_id", length = 13)
    private BillId billId;

    @Column(name = "payment_id", length = 13)
    private PaymentId paymentId;

    @Column(name = "paid_reference", length = 100)
    private String paidReference;

    @Column(name = "answer", length = 8000)
    private String answer;

    /** Keeps what a step produced from what the person gave with it. */
    void record(StageOutput output, TransitionInput input) {
        if (output == StageOutput.VISIT_DATE) {
            visitOn = input.date();
        } else if (output == StageOutput.WORK_DATE) {
            workOn = input.date();
        } else if (output == StageOutput.ANSWER) {
            answer = input.comment();
        } else if (output == StageOutput.PAYMENT_CONFIRMED) {
            paidReference = input.traceNumber();
        }
    }

    /** A final step's letter is the answer when no step gave one before. */
    void answerIfNone(String letter) {
        if (answer == null) {
            answer = letter;
        }
    }

    void slip(BillId bill, PaymentId payment) {
        billId = bill;
        paymentId = payment;
        amountRials = payment.amountRials();
    }

    public LocalDate getVisitOn() {
        return visitOn;
    }

    public LocalDate getWorkOn() {
        return workOn;
    }

    public Long getAmountRials() {
        return amountRials;
    }

    public BillId getBillId() {
        return billId;
    }

    public PaymentId getPaymentId() {
        return paymentId;
    }

    public String getPaidReference() {
        return paidReference;
    }

    public String getAnswer() {
        return answer;
    }
}
