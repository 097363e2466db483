package ir.portal.identifiers;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One mail address, as a person types it into a form: a single mailbox, never a list, a group or a name with an
 * address in brackets. Its shape is the one HTML gives {@code <input type="email">} (WHATWG, "valid e-mail
 * address"), with a dot in the domain, at most 254 characters. So {@code a@x.org,postmaster} (two recipients to a
 * mail transport) is not an address.
 */
public record EmailAddress(String value) {

    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+"
            + "@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");

    private static final int LONGEST = 254;

    public EmailAddress {
        if (value == null || value.length() > LONGEST || !SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("Not one mail address: " + value);
        }
    }

    /** The address a person typed (spaces around it do not count), or empty when it is not exactly one address. */
    public static Optional<EmailAddress> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String address = typed.strip();
        return address.length() <= LONGEST && SHAPE.matcher(address).matches()
                ? Optional.of(new EmailAddress(address))
                : Optional.empty();
    }

    @Override
    public String toString() {
        return value;
    }
}
