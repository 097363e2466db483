package ir.portal.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.portal.content.application.ContentForm;
import ir.portal.content.application.ContentQueries;
import ir.portal.content.application.ContentQuery;
import ir.portal.content.application.ContentSummary;
import ir.portal.content.application.MonthCount;
import ir.portal.content.domain.ContentKind;
import ir.portal.i18n.JalaliDate;
import ir.portal.platform.domain.LocalizedText;
import ir.portal.platform.time.PortalClock;
import jakarta.inject.Inject;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What visitors find (issue 11): tenders open and closed, the news archive by Jalali month, the site search. */
@ExtendWith(ArquillianExtension.class)
class ContentQueriesIT {

    @Inject
    private ContentQueries queries;

    @Inject
    private PortalClock clock;

    @Inject
    private ContentSteps steps;

    @Test
    void tendersAreOpenUntilTheirDeadlineAndClosedAfter() throws Exception {
        long open = tender("مناقصه‌ی باز آزمون", clock.today());
        long closed = tender("مناقصه‌ی بسته آزمون", clock.today().minusDays(1));
        List<Long> stillOpen = ids(queries.page(new ContentQuery(ContentKind.TENDER, null, true, null, null), 0, 100)
                .items());
        List<Long> over = ids(queries.page(new ContentQuery(ContentKind.TENDER, null, false, null, null), 0, 100)
                .items());
        assertTrue(stillOpen.contains(open) && !stillOpen.contains(closed), "open on its deadline day: " + stillOpen);
        assertTrue(over.contains(closed) && !over.contains(open), over.toString());
    }

    @Test
    void theNewsArchiveCountsTheJalaliMonthsItemsWerePublishedIn() throws Exception {
        JalaliDate today = JalaliDate.of(clock.today());
        int month = today.year() * 100 + today.month();
        long before = queries.months(ContentKind.NEWS, "QOM-1").stream()
                .filter(m -> m.month() == month)
                .mapToLong(MonthCount::count)
                .sum();
        long id = steps.published(news("خبر بایگانی ماه", "Archive news"));
        List<MonthCount> months = queries.months(ContentKind.NEWS, "QOM-1");
        assertEquals(month, months.get(0).month(), "this month first: " + months);
        assertEquals(before + 1, months.get(0).count());
        assertTrue(ids(queries.page(new ContentQuery(ContentKind.NEWS, "QOM-1", null, month, null), 0, 100)
                        .items())
                .contains(id));
        assertFalse(ids(queries.page(new ContentQuery(ContentKind.NEWS, "QOM-1", null, month - 1, null), 0, 100)
                        .items())
                .contains(id));
    }

    @Test
    void searchFindsWordsTypedWithArabicLettersZwnjOrPersianDigits() throws Exception {
        ContentForm form = news("کاهش خاموشی‌ها در ۱۴۰۵", "Fewer outages");
        form.getText().setBody(new LocalizedText("<p>نصب <strong>کنتورهای</strong> هوشمند</p>", ""));
        long id = steps.published(form);
        for (String typed : new String[] {
            "خاموشيها", // Arabic yeh, no ZWNJ
            "خاموشی ها", // a space for the ZWNJ
            "1405", // Latin digits for Persian
            "١٤٠٥", // Arabic-Indic digits
            "خاموش", // the beginning of a word
            "كنتورهاي هوشمند", // Arabic kaf and yeh, two words, found in the body's text
        }) {
            assertTrue(
                    ids(queries.page(new ContentQuery(null, null, null, null, typed), 0, 100)
                                    .items())
                            .contains(id),
                    "found by " + typed);
        }
        assertFalse(
                ids(queries.page(new ContentQuery(null, null, null, null, "strong"), 0, 100)
                                .items())
                        .contains(id),
                "markup is not text");
    }

    private long tender(String title, java.time.LocalDate deadline) throws Exception {
        ContentForm form = news(title, "Tender");
        form.setKind(ContentKind.TENDER);
        form.getText().setReference("T-1");
        form.getText().setDeadline(deadline);
        return steps.published(form);
    }

    private static ContentForm news(String titleFa, String titleEn) {
        return ContentSamples.news("QOM-1", titleFa, titleEn);
    }

    private static List<Long> ids(List<ContentSummary> items) {
        return items.stream().map(ContentSummary::id).toList();
    }
}
