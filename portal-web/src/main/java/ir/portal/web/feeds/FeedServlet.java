package ir.portal.web.feeds;

import ir.portal.content.application.ContentQueries;
import ir.portal.content.application.ContentSummary;
import ir.portal.content.domain.ContentKind;
import ir.portal.platform.security.PortalOrigin;
import ir.portal.web.i18n.Language;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.ResourceBundle;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * {@code /feeds/news.xml} and {@code /feeds/tenders.xml} ({@code ?lang=en} for English): RSS 2.0 of the 30 newest
 * published news items or tenders, each with its title, summary, day and address.
 */
@WebServlet(urlPatterns = {"/feeds/news.xml", "/feeds/tenders.xml"})
public class FeedServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private static final int ITEMS = 30;

    @Inject
    private ContentQueries queries;

    @Inject
    private PortalOrigin portal;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ContentKind kind = request.getServletPath().endsWith("tenders.xml") ? ContentKind.TENDER : ContentKind.NEWS;
        String lang = "en".equals(request.getParameter("lang")) ? "en" : "fa";
        ResourceBundle texts = ResourceBundle.getBundle("ir.portal.web.i18n.text", Language.fromCode(lang));
        List<ContentSummary> items = queries.latest(kind, null, ITEMS);
        response.setContentType("application/rss+xml;charset=UTF-8");
        try (OutputStream out = response.getOutputStream()) {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("rss");
            xml.writeAttribute("version", "2.0");
            xml.writeStartElement("channel");
            element(xml, "title", texts.getString("site.name") + " — " + texts.getString("ContentKinds." + kind));
            element(xml, "link", portal.address("/content/?kind=" + kind));
            element(xml, "description", texts.getString("site.tagline"));
            element(xml, "language", lang);
            for (ContentSummary item : items) {
                String link = portal.address("/content/item.xhtml?id=" + item.id());
                xml.writeStartElement("item");
                element(xml, "title", item.title(lang));
                element(xml, "link", link);
                element(xml, "guid", link);
                element(
                        xml,
                        "pubDate",
                        DateTimeFormatter.RFC_1123_DATE_TIME.format(
                                item.publishedAt().atOffset(ZoneOffset.UTC)));
                if (item.summary(lang) != null && !item.summary(lang).isBlank()) {
                    element(xml, "description", item.summary(lang));
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("Could not write the feed", e);
        }
    }

    static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text == null ? "" : text);
        xml.writeEndElement();
    }
}
