package ir.portal.platform.pages;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.portal.catalog.AsEditor;
import ir.portal.catalog.AsManager;
import ir.portal.content.application.ContentForm;
import ir.portal.content.application.ContentReview;
import ir.portal.content.application.ContentService;
import ir.portal.content.domain.ContentKind;
import ir.portal.platform.domain.LocalizedText;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The kept public pages (issue 11): kept as rendered, let go of when a change visitors see commits, not before. */
@ExtendWith(ArquillianExtension.class)
class PublicPagesIT {

    @Inject
    private PublicPages pages;

    @Inject
    private ContentService content;

    @Inject
    private ContentReview review;

    @Inject
    private AsEditor asEditor;

    @Inject
    private AsManager asManager;

    @Test
    void aKeptPageIsReadBackWithItsNonceCuts() {
        KeptPage page = new KeptPage(
                "text/html;charset=UTF-8",
                List.of("script-src 'self' 'nonce-", "'"),
                List.of(bytes("<script nonce=\""), bytes("\">x()</script>")));
        pages.keep("fa 1405-09-12 /test-kept", page);
        KeptPage read = pages.find("fa 1405-09-12 /test-kept").orElseThrow();
        assertEquals("text/html;charset=UTF-8", read.contentType());
        assertEquals("script-src 'self' 'nonce-N1'", read.policyWith("N1"));
        assertEquals(2, read.body().size());
        assertArrayEquals(bytes("\">x()</script>"), read.body().get(1));
    }

    @Test
    void publishingLetsGoOfThePagesDraftingDoesNot() throws Exception {
        pages.keep("fa today /", page("home"));
        ContentForm form = new ContentForm();
        form.setKind(ContentKind.NEWS);
        form.setUnitCode("QOM-1");
        form.getText().setTitle(new LocalizedText("خبر حافظه", "Cache news"));
        form.getText().setBody(new LocalizedText("<p>متن</p>", ""));
        long id = asEditor.call(() -> content.create(form));
        assertTrue(pages.find("fa today /").isPresent(), "a draft changes nothing visitors see");

        long version = asManager.call(() -> content.edit(id)).getVersion();
        asManager.call(() -> {
            review.publish(id, version, null);
            return null;
        });
        assertTrue(pages.find("fa today /").isEmpty(), "let go of once the publication committed");

        pages.keep("fa today /", page("home again"));
        Thread.sleep(PublicPages.AGAIN_AFTER_MS + 500);
        assertTrue(
                pages.find("fa today /").isEmpty(),
                "and once more a second later, for a page rendered from the old data meanwhile");
    }

    private static KeptPage page(String text) {
        return new KeptPage("text/html", List.of("default-src 'self'"), List.of(bytes(text)));
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
