package ir.portal.identifiers;

import java.util.Optional;

/**
 * A payment identifier (شناسه پرداخت): 6 to 13 digits that carry the amount in thousands of rials, the last digit
 * of the year and a two-digit period, followed by two mod-11 check digits. The first check digit covers the
 * payment id alone, so the record checks it on its own; the second also covers the bill id, so that a payment
 * id is only valid together with its bill, which {@link #parse(String, BillId)} and {@link #belongsTo(BillId)}
 * check.
 *
 * <p>A payment id is a number: bills and their barcodes pad it with zeros to 13 digits, and the second check digit
 * is computed over the bill id followed by the number without those zeros. The value is therefore kept without
 * leading zeros, and a padded id as typed from a bill is accepted.
 */
public record PaymentId(String value) {

    private static final int MIN_LENGTH = 6;
    private static final int MAX_LENGTH = 13;
    private static final int RIALS_PER_UNIT = 1000;
    private static final int YEAR_PERIOD_AND_CHECK_DIGITS = 5;

    public PaymentId {
        if (value == null || !isWellFormed(value)) {
            throw new IllegalArgumentException("Not a payment id: " + value);
        }
    }

    /** The payment id a person typed, or empty when what they typed is not a payment id of that bill. */
    public static Optional<PaymentId> parse(String typed, BillId bill) {
        if (typed == null || bill == null) {
            return Optional.empty();
        }
        String digits = TypedDigits.clean(typed);
        if (digits.length() > MAX_LENGTH || !TypedDigits.isLatinDigits(digits)) {
            return Optional.empty();
        }
        String number = withoutLeadingZeros(digits);
        if (!isWellFormed(number)) {
            return Optional.empty();
        }
        PaymentId payment = new PaymentId(number);
        return payment.belongsTo(bill) ? Optional.of(payment) : Optional.empty();
    }

    /**
     * The payment id for an amount of the bill in a period of a year.
     *
     * @param amountRials a positive multiple of 1000, since the id carries thousands of rials
     * @param yearLastDigit the last digit of the Jalali year, 0-9
     * @param period the billing period within the year, 0-99
     * @throws IllegalArgumentException when an argument is out of range or the amount is too large for 13 digits
     */
    public static PaymentId issue(BillId bill, long amountRials, int yearLastDigit, int period) {
        if (bill == null) {
            throw new IllegalArgumentException("A payment id needs its bill id");
        }
        if (amountRials <= 0 || amountRials % RIALS_PER_UNIT != 0) {
            throw new IllegalArgumentException("Not a positive multiple of 1000 rials: " + amountRials);
        }
        if (yearLastDigit < 0 || yearLastDigit > 9) {
            throw new IllegalArgumentException("Not a single digit of the year: " + yearLastDigit);
        }
        if (period < 0 || period > 99) {
            throw new IllegalArgumentException("Not a period 0-99: " + period);
        }
        String body = amountRials / RIALS_PER_UNIT + String.format("%d%02d", yearLastDigit, period);
        if (body.length() + 2 > MAX_LENGTH) {
            throw new IllegalArgumentException("Too large an amount for a payment id: " + amountRials);
        }
        String withFirstCheck = body + Mod11.check(body);
        return new PaymentId(withFirstCheck + Mod11.check(bill.value() + withFirstCheck));
    }

    /** Whether this payment id was issued for the bill, by its second check digit. */
    public boolean belongsTo(BillId bill) {
        int last = value.length() - 1;
        return value.charAt(last) - '0' == Mod11.check(bill.value() + value.substring(0, last));
    }

    /** The amount to pay: the digits before the year, the period and the check digits are thousands of rials. */
    public long amountRials() {
        String thousands = value.substring(0, value.length() - YEAR_PERIOD_AND_CHECK_DIGITS);
        return Long.parseLong(thousands) * RIALS_PER_UNIT;
    }

    private static boolean isWellFormed(String digits) {
        int firstCheck = digits.length() - 2;
        return digits.length() >= MIN_LENGTH
                && digits.length() <= MAX_LENGTH
                && TypedDigits.isLatinDigits(digits)
                && digits.charAt(0) != '0'
                && digits.charAt(firstCheck) - '0' == Mod11.check(digits.substring(0, firstCheck));
    }

    private static String withoutLeadingZeros(String digits) {
        int start = 0;
        while (start < digits.length() - 1 && digits.charAt(start) == '0') {
            start++;
        }
        return digits.substring(start);
    }

    @Override
    public String toString() {
        return value;
    }
}
