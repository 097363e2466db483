package ir.portal.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ir.portal.catalog.AsEditor;
import ir.portal.catalog.AsExpert;
import ir.portal.content.application.ContactDetails;
import ir.portal.content.application.SiteLinkForm;
import ir.portal.content.application.SiteLinkView;
import ir.portal.content.application.SiteQueries;
import ir.portal.content.application.SiteService;
import ir.portal.content.domain.SiteLink;
import ir.portal.platform.errors.ConcurrentEdit;
import ir.portal.platform.errors.InvalidInput;
import ir.portal.platform.errors.Refused;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The portal expert's parts of the public pages (issue 11): links of a place in the order the expert gives them,
 * only to the portal's paths or web addresses; the contact details guarded by their version; no one else keeps them.
 */
@ExtendWith(ArquillianExtension.class)
class SiteIT {

    @Inject
    private SiteService site;

    @Inject
    private SiteQueries queries;

    @Inject
    private AsExpert asExpert;

    @Inject
    private AsEditor asEditor;

    @Test
    void theExpertOrdersAPlacesLinksAndChangesAndRemovesThem() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        long bill = asExpert.call(() -> site.save(link(SiteLink.Place.RELATED, "قبض " + tag, "/catalog/")));
        long iran = asExpert.call(() -> site.save(link(SiteLink.Place.RELATED, "دولت " + tag, "https://iran.gov.ir/")));
        assertEquals(List.of("قبض " + tag, "دولت " + tag), titles(tag));

        asExpert.call(() -> {
            site.move(iran, version(iran), -1);
            return null;
        });
        assertEquals(List.of("دولت " + tag, "قبض " + tag), titles(tag), "moved up");

        SiteLinkForm edited = asExpert.call(() -> site.edit(bill));
        edited.getTitle().setFa("پرداخت قبض " + tag);
        asExpert.call(() -> site.save(edited));
        assertThrows(ConcurrentEdit.class, () -> asExpert.call(() -> site.save(edited)), "on the version before");
        asExpert.call(() -> {
            site.remove(iran, version(iran));
            return null;
        });
        assertEquals(List.of("پرداخت قبض " + tag), titles(tag));
    }

    @Test
    void aLinkGoesOnlyToAPathOfThePortalOrAWebAddressAndOnlyTheExpertKeepsThem() throws Exception {
        for (String address : List.of("javascript:alert(1)", "//evil.example/", "data:text/html,x", "catalog")) {
            InvalidInput refused = assertThrows(
                    InvalidInput.class, () -> asExpert.call(() -> site.save(link(SiteLink.Place.MENU, "بد", address))));
            assertEquals(Map.of("address", "content.invalid.url"), refused.problems(), address);
        }
        assertThrows(Refused.class, () -> asEditor.call(() -> site.save(link(SiteLink.Place.MENU, "ویراستار", "/"))));
        assertThrows(Refused.class, () -> asEditor.call(() -> site.contact()));
    }

    @Test
    void theContactDetailsAreKeptOnceAndGuardedByTheirVersion() throws Exception {
        ContactDetails details = asExpert.call(() -> site.contact());
        details.getAddress().setFa("قم، بلوار امین، ساختمان مرکزی");
        details.setPhone("025-31001000");
        details.setEmail("info@example.ir");
        details.setMapUrl("https://www.openstreetmap.org/?mlat=34.64&mlon=50.88");
        asExpert.call(() -> {
            site.saveContact(details);
            return null;
        });
        ContactDetails read = queries.contact();
        assertEquals("قم، بلوار امین، ساختمان مرکزی", read.getAddress().getFa());
        assertEquals("025-31001000", read.getPhone());
        assertThrows(
                ConcurrentEdit.class,
                () -> asExpert.call(() -> {
                    site.saveContact(details);
                    return null;
                }),
                "a second save on the version it was read at");
        read.setMapUrl("javascript:alert(1)");
        read.setEmail("not mail");
        InvalidInput refused = assertThrows(
                InvalidInput.class,
                () -> asExpert.call(() -> {
                    site.saveContact(read);
                    return null;
                }));
        assertEquals(Map.of("email", "desk.email.invalid", "mapUrl", "content.invalid.url"), refused.problems());
    }

    private long version(long id) throws Exception {
        return asExpert.call(() -> site.edit(id)).getVersion();
    }

    private List<String> titles(String tag) {
        return queries.links(SiteLink.Place.RELATED).stream()
                .map(SiteLinkView::title)
                .map(t -> t.getFa())
                .filter(t -> t.endsWith(tag))
                .toList();
    }

    private static SiteLinkForm link(SiteLink.Place place, String title, String address) {
        SiteLinkForm form = new SiteLinkForm();
        form.setPlace(place);
        form.getTitle().setFa(title);
        form.setAddress(address);
        return form;
    }
}
