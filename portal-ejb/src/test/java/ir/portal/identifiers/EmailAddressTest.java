package ir.portal.identifiers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** One address, parsed strictly: what a mail transport would read as two recipients, or as a name, is refused. */
class EmailAddressTest {

    @Test
    void takesOneAddressWithoutTheSpacesAroundIt() {
        assertEquals(Optional.of(new EmailAddress("m.ahmadi@example.ir")), EmailAddress.parse(" m.ahmadi@example.ir "));
        assertEquals(
                "o'brien+desk@mail.example.org",
                EmailAddress.parse("o'brien+desk@mail.example.org")
                        .orElseThrow()
                        .value());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "a@x.org,postmaster",
                "a@x.org, b@x.org",
                "a@x.org;b@x.org",
                "Maryam <a@x.org>",
                "\"a\"@x.org",
                "group: a@x.org;",
                "a@x.org\r\nBcc: b@x.org",
                "a b@x.org",
                "postmaster",
                "a@localhost",
                "a@-x.org",
                "@x.org",
                "a@",
                "مریم@example.ir",
                ""
            })
    void refusesWhatIsNotExactlyOneAddress(String typed) {
        assertEquals(Optional.empty(), EmailAddress.parse(typed), typed);
        assertThrows(IllegalArgumentException.class, () -> new EmailAddress(typed));
    }

    @Test
    void refusesAnAddressLongerThanMailCarries() {
        String local = "a".repeat(64);
        String domain = ("b".repeat(60) + ".").repeat(4) + "org";
        assertEquals(Optional.empty(), EmailAddress.parse(local + "@" + domain));
        assertEquals(Optional.empty(), EmailAddress.parse(null));
    }
}
