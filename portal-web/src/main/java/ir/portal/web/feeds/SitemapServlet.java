package ir.portal.web.feeds;

import ir.portal.catalog.application.CatalogQueries;
import ir.portal.content.application.ContentQueries;
import ir.portal.content.application.ContentSummary;
import ir.portal.content.application.SeriesQueries;
import ir.portal.content.application.SeriesSummary;
import ir.portal.content.domain.ContentKind;
import ir.portal.platform.security.PortalOrigin;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * {@code /sitemap.xml}: the public addresses for search engines: the home page, the lists of each kind of content,
 * every item visitors may read now and every published service card (at most the 50,000 a sitemap may hold).
 */
@WebServlet("/sitemap.xml")
public class SitemapServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private static final int MOST = 50_000;

    /** The pages that are there whatever is published. */
    private static final List<String> PAGES = List.of(
            "/",
            "/catalog/",
            "/content/calendar.xhtml",
            "/outages.xhtml",
            "/offices.xhtml",
            "/statistics/",
            "/contact.xhtml",
            "/newsletter/");

    @Inject
    private ContentQueries content;

    @Inject
    private CatalogQueries catalog;

    @Inject
    private SeriesQueries statistics;

    @Inject
    private PortalOrigin portal;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("application/xml;charset=UTF-8");
        try (OutputStream out = response.getOutputStream()) {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("urlset");
            xml.writeDefaultNamespace("http://www.sitemaps.org/schemas/sitemap/0.9");
            for (String page : PAGES) {
                url(xml, page, null);
            }
            for (ContentKind kind : ContentKind.values()) {
                url(xml, "/content/?kind=" + kind, null);
            }
            List<SeriesSummary> series = statistics.published();
            for (SeriesSummary s : series) {
                url(xml, "/statistics/series.xhtml?code=" + s.code(), null);
            }
            int room = MOST - PAGES.size() - ContentKind.values().length - series.size();
            for (Object[] card : catalog.publishedIds()) {
                if (room-- <= 0) {
                    break;
                }
                url(xml, "/catalog/card.xhtml?id=" + card[0], (Instant) card[1]);
            }
            for (ContentSummary item : content.everyVisible(Math.max(room, 0))) {
                url(xml, "/content/item.xhtml?id=" + item.id(), item.publishedAt());
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("Could not write the sitemap", e);
        }
    }

    private void url(XMLStreamWriter xml, String path, Instant modified) throws XMLStreamException {
        xml.writeStartElement("url");
        FeedServlet.element(xml, "loc", portal.address(path));
        if (modified != null) {
            FeedServlet.element(
                    xml,
                    "lastmod",
                    modified.atOffset(ZoneOffset.UTC).toLocalDate().toString());
        }
        xml.writeEndElement();
    }
}
