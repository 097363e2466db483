package ir.portal.identifiers;

import java.util.Optional;

/**
 * A bill identifier (شناسه قبض) as printed on Iranian utility and service bills: 6 to 13 digits, the last a
 * mod-11 check digit over the others, so that a mistyped digit is caught before anything is paid against it.
 */
public record BillId(String value) {

    private static final int MIN_LENGTH = 6;
    private static final int MAX_LENGTH = 13;

    public BillId {
        if (value == null || !isValid(value)) {
            throw new IllegalArgumentException("Not a bill id: " + value);
        }
    }

    /** The bill id a person typed, or empty when what they typed is not one. */
    public static Optional<BillId> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String digits = TypedDigits.clean(typed);
        return isValid(digits) ? Optional.of(new BillId(digits)) : Optional.empty();
    }

    /**
     * The bill id made of the given digits and their check digit, for issuing bills of our own.
     *
     * @throws IllegalArgumentException when the body is not 5 to 12 Latin digits
     */
    public static BillId withCheckDigit(String body) {
        if (body == null || !TypedDigits.isLatinDigits(body)) {
            throw new IllegalArgumentException("Not the digits of a bill id: " + body);
        }
        return new BillId(body + Mod11.check(body));
    }

    private static boolean isValid(String digits) {
        int last = digits.length() - 1;
        return digits.length() >= MIN_LENGTH
                && digits.length() <= MAX_LENGTH
                && TypedDigits.isLatinDigits(digits)
                && digits.charAt(last) - '0' == Mod11.check(digits.substring(0, last));
    }

    @Override
    public String toString() {
        return value;
    }
}
