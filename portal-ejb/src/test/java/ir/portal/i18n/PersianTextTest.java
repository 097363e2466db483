package ir.portal.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
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

    @Test
    void aWordWithAZeroWidthNonJoinerIsKeptWholeAndAsItsParts() {
        Set<String> words = PersianText.words("کاهش خاموشی‌ها، در ۱۴۰۵ (Meter)");
        assertEquals(Set.of("کاهش", "خاموشیها", "خاموشی", "ها", "در", "1405", "meter"), words);
        for (String typed : List.of("خاموشيها", "خاموشی ها", "خاموشی‌ها")) {
            assertTrue(
                    PersianText.prefixes(typed).stream()
                            .allMatch(p -> words.stream().anyMatch(w -> w.startsWith(p))),
                    "found by " + typed);
        }
    }

    @Test
    void aLongWordIsKeptAsItsBeginningAndAQueryLooksForNoMore() {
        String long70 = "ب".repeat(70);
        assertEquals(Set.of("ب".repeat(PersianText.WORD_LENGTH)), PersianText.words(long70));
        assertEquals(List.of("ب".repeat(PersianText.WORD_LENGTH)), PersianText.prefixes(long70));
    }

    @Test
    void aSingleLetterIsLookedForOnlyWhenTheQueryHasNothingLonger() {
        assertEquals(List.of("شماره", "4242"), PersianText.prefixes("شماره‌ی 4242"));
        assertEquals(List.of("ی"), PersianText.prefixes("ی"));
        assertEquals(List.of("ماده", "4"), PersianText.prefixes("ماده ۴"));
    }
}
