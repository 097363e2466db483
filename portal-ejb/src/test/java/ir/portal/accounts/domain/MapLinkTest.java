package ir.portal.accounts.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A counter office's map link is a web address with a host, never something a browser would run. */
class MapLinkTest {

    @Test
    void takesAnHttpOrHttpsAddressWithoutTheSpacesAroundIt() {
        assertEquals(
                Optional.of(new MapLink("https://www.openstreetmap.org/?mlat=34.6253&mlon=50.8818#map=17/34.6/50.8")),
                MapLink.parse("  https://www.openstreetmap.org/?mlat=34.6253&mlon=50.8818#map=17/34.6/50.8 "));
        assertTrue(MapLink.parse("http://maps.example.ir/office/12").isPresent());
        assertTrue(MapLink.parse("HTTPS://neshan.org/maps/places/abc").isPresent());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "javascript:alert(1)",
                "JavaScript:alert(document.cookie)",
                "data:text/html,<script>alert(1)</script>",
                "ftp://maps.example.ir/office",
                "//maps.example.ir/office",
                "maps.example.ir/office",
                "https://",
                "https://portal.example@elsewhere.example/",
                "https://maps.example.ir/a b",
                "https://maps.example.ir/\u202Egpj",
                ""
            })
    void refusesWhatIsNotAWebAddress(String typed) {
        assertEquals(Optional.empty(), MapLink.parse(typed), typed);
    }

    @Test
    void refusesAnAddressLongerThanItsColumn() {
        String longest = "https://maps.example.ir/" + "a".repeat(MapLink.LONGEST - 24);
        assertTrue(MapLink.parse(longest).isPresent());
        assertEquals(Optional.empty(), MapLink.parse(longest + "a"));
        assertThrows(IllegalArgumentException.class, () -> new MapLink("javascript:alert(1)"));
    }
}
