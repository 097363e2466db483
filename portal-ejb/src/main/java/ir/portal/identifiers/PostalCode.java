package ir.portal.identifiers;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An Iranian postal code: ten digits, printed as 5-5 with a dash. It has no check digit, so the digits the post
 * leaves out of each place (0 and 2 in the first four, 0, 2 and 5 in the fifth, 2 in the last five) and the ban on
 * four equal leading digits are what catches a mistyped code.
 */
public record PostalCode(String value) {

    private static final Pattern RULE = Pattern.compile("(?!(\\d)\\1{3})[13-9]{4}[1346-9][013-9]{5}");

    public PostalCode {
        if (value == null || !RULE.matcher(value).matches()) {
            throw new IllegalArgumentException("Not a postal code: " + value);
        }
    }

    /** The postal code a person typed, or empty when what they typed is not one. */
    public static Optional<PostalCode> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String digits = TypedDigits.clean(typed);
        return RULE.matcher(digits).matches() ? Optional.of(new PostalCode(digits)) : Optional.empty();
    }

    @Override
    public String toString() {
        return value;
    }
}
