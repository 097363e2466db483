package ir.portal.identifiers;

import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * The code a citizen gets for a request and later types or reads over the phone to follow it: thirteen random
 * digits and a Verhoeff check digit. Digits only, because they are the easiest to read aloud in Persian and to type
 * on any keyboard; thirteen random digits give more than 40 bits (10^13 &gt; 2^43), so codes cannot be guessed
 * from one another; the check digit catches every single wrong digit and every swap of neighbours before a
 * lookup is made.
 */
public record TrackingCode(String value) {

    private static final int RANDOM_DIGITS = 13;
    private static final long RANDOM_BOUND = 10_000_000_000_000L;

    public TrackingCode {
        if (value == null || !isValid(value)) {
            throw new IllegalArgumentException("Not a tracking code: " + value);
        }
    }

    /** A new code; the generator must be a {@link java.security.SecureRandom} outside of tests. */
    public static TrackingCode random(RandomGenerator random) {
        String digits = String.format("%0" + RANDOM_DIGITS + "d", random.nextLong(RANDOM_BOUND));
        return new TrackingCode(digits + Verhoeff.checkDigit(digits));
    }

    /** The tracking code a person typed, or empty when what they typed is not one. */
    public static Optional<TrackingCode> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String digits = TypedDigits.clean(typed);
        return isValid(digits) ? Optional.of(new TrackingCode(digits)) : Optional.empty();
    }

    /** The code in groups of 4-4-4-2, as printed and read aloud: "1234-5678-9012-34". */
    public String grouped() {
        return value.substring(0, 4)
                + '-'
                + value.substring(4, 8)
                + '-'
                + value.substring(8, 12)
                + '-'
                + value.substring(12);
    }

    private static boolean isValid(String digits) {
        return digits.length() == RANDOM_DIGITS + 1 && TypedDigits.isLatinDigits(digits) && Verhoeff.valid(digits);
    }

    @Override
    public String toString() {
        return value;
    }
}
