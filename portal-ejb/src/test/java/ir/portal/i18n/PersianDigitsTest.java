package ir.portal.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PersianDigitsTest {

    @Test
    void readsPersianAndArabicDigitsAsLatin() {
        assertEquals("0123456789-0123456789", PersianDigits.toLatin("۰۱۲۳۴۵۶۷۸۹-٠١٢٣٤٥٦٧٨٩"));
    }

    @Test
    void writesAnyDigitsAsPersian() {
        assertEquals("کد ۱۴۰۵/۰۹/۰۵", PersianDigits.toPersian("کد 1405/٠٩/05"));
    }
}
