package ir.portal.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.portal.catalog.application.CardSummary;
import ir.portal.catalog.application.CatalogQueries;
import ir.portal.catalog.application.CatalogQuery;
import ir.portal.catalog.application.CatalogService;
import ir.portal.catalog.domain.Vocabulary.Audience;
import ir.portal.catalog.domain.Vocabulary.ServiceType;
import ir.portal.platform.paging.Page;
import jakarta.inject.Inject;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The public catalog over the demo cards (all published) and cards the tests draft. */
@ExtendWith(ArquillianExtension.class)
class CatalogQueriesIT {

    @Inject
    private CatalogQueries queries;

    @Inject
    private CatalogService catalog;

    @Inject
    private AsExpert asExpert;

    @Test
    void findsTheBranchCardHoweverPersianIsTyped() {
        for (String typed : List.of("اصلاح سرویس انشعاب", "اصلاح سرويس انشعاب", "سرويس  انشعاب", "انشعاب‌اصلاح")) {
            List<String> titles = titles(queries.search(CatalogQuery.text(typed), 0, 20));
            assertTrue(titles.contains("اصلاح سرویس انشعاب"), typed + " -> " + titles);
        }
        List<String> byKaf = titles(queries.search(CatalogQuery.text("كنتور"), 0, 20));
        assertTrue(byKaf.contains("تعویض کنتور"), byKaf.toString());
    }

    @Test
    void englishWordsFindTheEnglishTitle() {
        assertTrue(titles(queries.search(CatalogQuery.text("meter"), 0, 20)).contains("تعویض کنتور"));
    }

    @Test
    void filtersNarrowTheList() {
        List<String> business =
                titles(queries.search(new CatalogQuery(null, ServiceType.G2B, null, null, null, null), 0, 50));
        assertTrue(business.contains("درخواست انشعاب جدید برق"), business.toString());
        assertFalse(business.contains("تعویض کنتور"), business.toString());
        List<String> farmers =
                titles(queries.search(new CatalogQuery(null, null, Audience.AGRICULTURE, null, null, null), 0, 50));
        assertTrue(farmers.contains("صدور پروانه حفر چاه آب کشاورزی"), farmers.toString());
        List<String> district2 = titles(queries.search(new CatalogQuery(null, null, null, null, null, "QOM-2"), 0, 50));
        assertEquals(List.of("تعویض کنتور"), district2);
    }

    @Test
    void draftsAreNotListedAndPagesAreCounted() throws Exception {
        long draft = asExpert.call(() -> catalog.create(CardSamples.minimal("QOM-1", "پیش‌نویس پنهان", "Hidden")));
        assertTrue(queries.search(CatalogQuery.text("پنهان"), 0, 20).items().isEmpty());
        assertTrue(queries.published(draft).isEmpty());
        assertTrue(queries.allPublished(0, 100).stream().noneMatch(card -> card.id() == draft));

        Page<CardSummary> first = queries.search(CatalogQuery.all(), 0, 2);
        assertEquals(2, first.items().size());
        assertTrue(first.total() >= 6);
        assertTrue(first.hasNext());
        assertEquals(
                first.total(),
                queries.search(CatalogQuery.all(), 0, 100).items().size());
    }

    private static List<String> titles(Page<CardSummary> page) {
        return page.items().stream().map(c -> c.title().getFa()).toList();
    }
}
