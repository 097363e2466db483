package ir.portal.identifiers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PostalCodeTest {

    private static final Optional<PostalCode> EXPECTED = Optional.of(new PostalCode("1193653471"));

    @Test
    void acceptsTenDigitsAsPrinted() {
        assertEquals(EXPECTED, PostalCode.parse("1193653471"));
        assertEquals(EXPECTED, PostalCode.parse("11936-53471"));
        assertEquals(EXPECTED, PostalCode.parse("11936 53471"));
    }

    @Test
    void acceptsPersianAndArabicDigits() {
        assertEquals(EXPECTED, PostalCode.parse("۱۱۹۳۶-۵۳۴۷۱"));
        assertEquals(EXPECTED, PostalCode.parse("١١٩٣٦٥٣٤٧١"));
    }

    @Test
    void refusesDigitsThePostDoesNotUseInTheirPlace() {
        for (String typed : List.of(
                "0193653471", "1293653471", "1193053471", "1193253471", "1193553471", "1193653472", "1193620471")) {
            assertTrue(PostalCode.parse(typed).isEmpty(), typed);
        }
    }

    @Test
    void refusesFourEqualLeadingDigitsButNotThree() {
        assertTrue(PostalCode.parse("1111653471").isEmpty());
        assertTrue(PostalCode.parse("9999653471").isEmpty());
        assertTrue(PostalCode.parse("1113653471").isPresent());
    }

    @Test
    void refusesWrongLength() {
        assertTrue(PostalCode.parse("119365347").isEmpty());
        assertTrue(PostalCode.parse("11936534711").isEmpty());
    }

    @Test
    void givesNothingForNullOrBlank() {
        assertTrue(PostalCode.parse(null).isEmpty());
        assertTrue(PostalCode.parse("").isEmpty());
    }

    @Test
    void constructorTakesOnlyTheCanonicalForm() {
        assertThrows(IllegalArgumentException.class, () -> new PostalCode("11936-53471"));
        assertThrows(IllegalArgumentException.class, () -> new PostalCode("1293653471"));
        assertThrows(IllegalArgumentException.class, () -> new PostalCode(null));
    }

    @Test
    void printsAsItsValue() {
        assertEquals("1193653471", PostalCode.parse("11936-53471").orElseThrow().toString());
    }
}
