package ir.portal.identifiers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class VerhoeffTest {

    @Test
    void computesTheCheckDigitsOfKnownVectors() {
        assertEquals(3, Verhoeff.checkDigit("236"));
        assertEquals(1, Verhoeff.checkDigit("12345"));
        assertEquals(0, Verhoeff.checkDigit("142857"));
    }

    @Test
    void acceptsDigitsEndingInTheirCheckDigit() {
        assertTrue(Verhoeff.valid("2363"));
        assertTrue(Verhoeff.valid("123451"));
        assertTrue(Verhoeff.valid("1428570"));
    }

    @Test
    void refusesWrongCheckDigit() {
        assertFalse(Verhoeff.valid("2364"));
        assertFalse(Verhoeff.valid("123450"));
    }

    @Test
    void refusesNoDigits() {
        assertFalse(Verhoeff.valid(""));
    }
}
