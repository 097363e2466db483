package ir.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** Issue 11: RSS feeds of news and tenders, and the sitemap, as a feed reader and a search engine read them. */
class FeedsIT extends PortalIT {

    @Test
    void theNewsFeedListsTheNewestNewsInEitherLanguage() throws Exception {
        HttpResponse<String> feed = Http.get("/feeds/news.xml");
        assertEquals(200, feed.statusCode());
        assertTrue(feed.headers().firstValue("Content-Type").orElse("").startsWith("application/rss+xml"));
        List<String> titles = texts(parse(feed.body()), "item/title");
        assertTrue(titles.contains("آغاز طرح جایگزینی کنتورهای هوشمند در استان قم"), titles.toString());
        assertTrue(texts(parse(feed.body()), "item/link").get(0).contains("/content/item.xhtml?id="));
        List<String> english = texts(parse(Http.get("/feeds/news.xml?lang=en").body()), "item/title");
        assertTrue(english.contains("Smart meter replacement begins across Qom Province"), english.toString());
        List<String> tenders = texts(parse(Http.get("/feeds/tenders.xml").body()), "item/title");
        assertTrue(tenders.contains("مناقصه‌ی عمومی خرید ۵۰۰ دستگاه ترانسفورماتور توزیع"), tenders.toString());
        assertTrue(!tenders.contains("آغاز طرح جایگزینی کنتورهای هوشمند در استان قم"), "only tenders");
    }

    @Test
    void theSitemapHasTheItemsAndTheServiceCards() throws Exception {
        HttpResponse<String> sitemap = Http.get("/sitemap.xml");
        assertEquals(200, sitemap.statusCode());
        List<String> locations = texts(parse(sitemap.body()), "loc");
        assertTrue(locations.stream().anyMatch(l -> l.contains("/content/item.xhtml?id=")), "items");
        assertTrue(locations.stream().anyMatch(l -> l.contains("/catalog/card.xhtml?id=")), "cards");
        assertTrue(locations.stream().anyMatch(l -> l.endsWith("/content/?kind=TENDER")), "the lists");
        assertTrue(locations.stream().anyMatch(l -> l.endsWith("/statistics/series.xhtml?code=dam-levels")), "series");
        assertTrue(locations.stream().anyMatch(l -> l.endsWith("/contact.xhtml")), "the fixed pages");
    }

    private static Document parse(String xml) throws Exception {
        return DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    /** The texts of the elements at {@code path} (a name, or parent/name) anywhere in the document. */
    private static List<String> texts(Document document, String path) {
        String[] names = path.split("/");
        NodeList found = document.getElementsByTagName(names[names.length - 1]);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < found.getLength(); i++) {
            if (names.length == 1 || found.item(i).getParentNode().getNodeName().equals(names[0])) {
                texts.add(found.item(i).getTextContent());
            }
        }
        return texts;
    }
}
