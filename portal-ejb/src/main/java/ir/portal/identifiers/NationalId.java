package ir.portal.identifiers;

import java.util.Optional;

/**
 * An Iranian national code (کد ملی): ten digits, the last a mod-11 check digit over the other nine. Shorter input
 * is refused rather than padded with zeros, because a citizen who dropped leading zeros may as well have
 * dropped another digit, and a wrongly padded code can still pass the check by chance.
 */
public record NationalId(String value) {

    public NationalId {
        if (value == null || !isValid(value)) {
            throw new IllegalArgumentException("Not a national id: " + value);
        }
    }

    /** The national id a person typed, or empty when what they typed is not one. */
    public static Optional<NationalId> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String digits = TypedDigits.clean(typed);
        return isValid(digits) ? Optional.of(new NationalId(digits)) : Optional.empty();
    }

    private static boolean isValid(String digits) {
        if (digits.length() != 10 || !TypedDigits.isLatinDigits(digits) || allSame(digits)) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (digits.charAt(i) - '0') * (10 - i);
        }
        int remainder = sum % 11;
        int check = digits.charAt(9) - '0';
        return remainder < 2 ? check == remainder : check == 11 - remainder;
    }

    /** The ten codes of one repeated digit pass the check digit but were never issued. */
    private static boolean allSame(String digits) {
        return digits.chars().allMatch(c -> c == digits.charAt(0));
    }

    @Override
    public String toString() {
        return value;
    }
}
