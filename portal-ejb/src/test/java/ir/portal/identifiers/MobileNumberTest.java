package ir.portal.identifiers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MobileNumberTest {

    private static final Optional<MobileNumber> EXPECTED = Optional.of(new MobileNumber("09121234567"));

    @Test
    void acceptsTheNationalForm() {
        assertEquals(EXPECTED, MobileNumber.parse("09121234567"));
    }

    @Test
    void acceptsTheCountryCodeInEveryUsualForm() {
        assertEquals(EXPECTED, MobileNumber.parse("+989121234567"));
        assertEquals(EXPECTED, MobileNumber.parse("00989121234567"));
        assertEquals(EXPECTED, MobileNumber.parse("989121234567"));
    }

    @Test
    void acceptsTheNumberWithoutItsLeadingZero() {
        assertEquals(EXPECTED, MobileNumber.parse("9121234567"));
    }

    @Test
    void takesTenDigitsStartingWithNinetyEightForANumberWithoutItsLeadingZero() {
        assertEquals(Optional.of(new MobileNumber("09812345678")), MobileNumber.parse("9812345678"));
    }

    @Test
    void acceptsPersianDigitsSpacesAndDashes() {
        assertEquals(EXPECTED, MobileNumber.parse("۰۹۱۲۱۲۳۴۵۶۷"));
        assertEquals(EXPECTED, MobileNumber.parse("٠٩١٢١٢٣٤٥٦٧"));
        assertEquals(EXPECTED, MobileNumber.parse("0912 123 4567"));
        assertEquals(EXPECTED, MobileNumber.parse("0912-123-4567"));
        assertEquals(EXPECTED, MobileNumber.parse("+98 912 123 4567"));
        assertEquals(EXPECTED, MobileNumber.parse("+۹۸ ۹۱۲ ۱۲۳ ۴۵۶۷"));
    }

    @Test
    void refusesLandlinesAndWrongLengths() {
        for (String typed :
                List.of("02112345678", "+982112345678", "0912123456", "091212345678", "912123456", "98912123456")) {
            assertTrue(MobileNumber.parse(typed).isEmpty(), typed);
        }
    }

    @Test
    void refusesOtherCountriesAndStraySigns() {
        for (String typed : List.of("+19121234567", "+9809121234567", "0912123456+7", "0912123456a", "(0912)1234567")) {
            assertTrue(MobileNumber.parse(typed).isEmpty(), typed);
        }
    }

    @Test
    void givesNothingForNullOrBlank() {
        assertTrue(MobileNumber.parse(null).isEmpty());
        assertTrue(MobileNumber.parse(" ").isEmpty());
    }

    @Test
    void constructorTakesOnlyTheNationalForm() {
        assertThrows(IllegalArgumentException.class, () -> new MobileNumber("+989121234567"));
        assertThrows(IllegalArgumentException.class, () -> new MobileNumber("9121234567"));
        assertThrows(IllegalArgumentException.class, () -> new MobileNumber("۰۹۱۲۱۲۳۴۵۶۷"));
        assertThrows(IllegalArgumentException.class, () -> new MobileNumber(null));
    }

    @Test
    void printsAsItsValue() {
        assertEquals(
                "09121234567", MobileNumber.parse("+989121234567").orElseThrow().toString());
    }
}
