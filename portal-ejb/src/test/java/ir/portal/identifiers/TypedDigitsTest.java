package ir.portal.identifiers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TypedDigitsTest {

    @Test
    void turnsPersianAndArabicDigitsLatin() {
        assertEquals("0123456789", TypedDigits.clean("۰۱۲۳۴۵۶۷۸۹"));
        assertEquals("0123456789", TypedDigits.clean("٠١٢٣٤٥٦٧٨٩"));
    }

    @Test
    void dropsSpacesDashesAndDirectionMarks() {
        assertEquals("12345", TypedDigits.clean(" 1\u00A02\t3-4\u2013\u2212\u200F5\u200E\u200C"));
    }

    @Test
    void keepsEverythingElseForTheCallerToRefuse() {
        assertEquals("+98(912)", TypedDigits.clean("+98 (912)"));
    }

    @Test
    void countsOnlyLatinDigitsAsDigits() {
        assertTrue(TypedDigits.isLatinDigits("0123456789"));
        assertFalse(TypedDigits.isLatinDigits(""));
        assertFalse(TypedDigits.isLatinDigits("१२३"));
        assertFalse(TypedDigits.isLatinDigits("１２３"));
        assertFalse(TypedDigits.isLatinDigits("12a"));
    }
}
