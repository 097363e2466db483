package ir.portal.identifiers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NationalIdTest {

    private static final List<String> VALID = List.of("0499370899", "0790419904", "0084575948", "0013542419");

    @Test
    void acceptsValidCodes() {
        for (String code : VALID) {
            assertEquals(Optional.of(new NationalId(code)), NationalId.parse(code), code);
        }
    }

    @Test
    void refusesWrongCheckDigit() {
        for (String code : VALID) {
            for (char wrong = '0'; wrong <= '9'; wrong++) {
                if (wrong != code.charAt(9)) {
                    String changed = code.substring(0, 9) + wrong;
                    assertTrue(NationalId.parse(changed).isEmpty(), changed);
                }
            }
        }
    }

    @Test
    void takesTheRemainderItselfAsCheckDigitWhenBelowTwo() {
        assertTrue(NationalId.parse("0000000140").isPresent());
        assertTrue(NationalId.parse("0000000141").isEmpty());
        assertTrue(NationalId.parse("1234567891").isPresent());
        assertTrue(NationalId.parse("1234567890").isEmpty());
    }

    @Test
    void acceptsPersianAndArabicDigitsSpacesAndDashes() {
        Optional<NationalId> expected = Optional.of(new NationalId("0499370899"));
        assertEquals(expected, NationalId.parse("۰۴۹۹۳۷۰۸۹۹"));
        assertEquals(expected, NationalId.parse("٠٤٩٩٣٧٠٨٩٩"));
        assertEquals(expected, NationalId.parse("049-937089-9"));
        assertEquals(expected, NationalId.parse(" 049 937 0899 "));
        assertEquals(expected, NationalId.parse("\u200F۰۴۹-۹۳۷۰۸۹-۹\u200E"));
    }

    @Test
    void refusesCodesWithoutTheirLeadingZerosInsteadOfPaddingThem() {
        assertTrue(NationalId.parse("499370899").isEmpty());
        assertTrue(NationalId.parse("84575948").isEmpty());
    }

    @Test
    void refusesTheTenCodesOfOneRepeatedDigit() {
        for (char digit = '0'; digit <= '9'; digit++) {
            String repeated = String.valueOf(digit).repeat(10);
            assertTrue(NationalId.parse(repeated).isEmpty(), repeated);
        }
    }

    @Test
    void refusesWrongLengthLettersAndOtherScripts() {
        assertTrue(NationalId.parse("04993708990").isEmpty());
        assertTrue(NationalId.parse("04993708a9").isEmpty());
        assertTrue(NationalId.parse("०४९९३७०८९९").isEmpty());
        assertTrue(NationalId.parse("0499370899+").isEmpty());
    }

    @Test
    void givesNothingForNullOrBlank() {
        assertTrue(NationalId.parse(null).isEmpty());
        assertTrue(NationalId.parse("").isEmpty());
        assertTrue(NationalId.parse("   ").isEmpty());
    }

    @Test
    void constructorTakesOnlyTheCanonicalForm() {
        assertThrows(IllegalArgumentException.class, () -> new NationalId("0499370890"));
        assertThrows(IllegalArgumentException.class, () -> new NationalId("۰۴۹۹۳۷۰۸۹۹"));
        assertThrows(IllegalArgumentException.class, () -> new NationalId("049-937089-9"));
        assertThrows(IllegalArgumentException.class, () -> new NationalId(null));
    }

    @Test
    void printsAsItsValue() {
        assertEquals("0499370899", NationalId.parse("۰۴۹۹۳۷۰۸۹۹").orElseThrow().toString());
    }
}
