package ir.portal.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PersianTextTest {

    @Test
    void arabicYehAndKafAreTheSameAsPersian() {
        assertEquals(
                PersianText.normalize("اصلاح سرویس انشعاب کنتور"), PersianText.normalize("اصلاح سرويس انشعاب كنتور"));
    }

    @Test
    void digitsInAnyScriptAreTheSame() {
        assertEquals("1405", PersianText.normalize("۱۴۰۵"));
        assertEquals("1405", PersianText.normalize("١٤٠٥"));
    }

    @Test
    void spacesAndZeroWidthNonJoinersDoNotStopAMatch() {
        String text = PersianText.normalize("درخواست‌های   ثبت شده");
        assertTrue(text.contains(PersianText.normalize("درخواستهای")));
        assertTrue(text.contains(PersianText.normalize("درخواست های")));
        assertTrue(text.contains(PersianText.normalize("ثبت‌شده")));
    }

    @Test
    void aQueryIsSplitIntoNormalisedTerms() {
        assertEquals(List.of("اصلاح", "سرویس"), PersianText.terms("  اصلاح،  سرويس "));
        assertEquals(List.of("meter"), PersianText.terms("Meter"));
    }
}
