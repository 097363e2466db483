package ir.portal.identifiers;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An Iranian mobile number, kept in the national form "09" and nine digits that SMS gateways and staff expect.
 * People type it with the country code (+98, 0098, 98), without the leading zero, in Persian digits or grouped
 * with spaces and dashes; all of these are the same number.
 */
public record MobileNumber(String value) {

    private static final Pattern NATIONAL = Pattern.compile("09\\d{9}");
    private static final Pattern SUBSCRIBER = Pattern.compile("9\\d{9}");

    public MobileNumber {
        if (value == null || !NATIONAL.matcher(value).matches()) {
            throw new IllegalArgumentException("Not a mobile number: " + value);
        }
    }

    /** The mobile number a person typed, or empty when what they typed is not one. */
    public static Optional<MobileNumber> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String subscriber = withoutPrefix(TypedDigits.clean(typed));
        return SUBSCRIBER.matcher(subscriber).matches()
                ? Optional.of(new MobileNumber("0" + subscriber))
                : Optional.empty();
    }

    private static String withoutPrefix(String number) {
        for (String prefix : new String[] {"+98", "0098", "0"}) {
            if (number.startsWith(prefix)) {
                return number.substring(prefix.length());
            }
        }
        return number.length() == 12 && number.startsWith("98") ? number.substring(2) : number;
    }

    @Override
    public String toString() {
        return value;
    }
}
