package ir.portal.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Where the portal sends a person on to: its own paths only, written as ASCII. */
class LocalPathTest {

    @Test
    void keepsAPathOfThePortalWithItsQuery() {
        assertEquals(Optional.of("/catalog/?q=meter&page=2"), LocalPath.of("/catalog/?q=meter&page=2"));
        assertEquals(Optional.of("/admin/desk/request.xhtml?id=12"), LocalPath.of("/admin/desk/request.xhtml?id=12"));
    }

    @Test
    void writesLettersOutsideAsciiPercentEncoded() {
        assertEquals(Optional.of("/catalog/?q=%D8%A8%D8%B1%D9%82"), LocalPath.of("/catalog/?q=برق"));
    }

    /** U+012F is written by Undertow as the byte 0x2F: "/į" would become "//evil.example". */
    @Test
    void aLetterThatABytewiseWriterWouldTurnIntoASlashStaysALetter() {
        String written = LocalPath.of("/\u012Fevil.example").orElseThrow();
        assertEquals("/%C4%AFevil.example", written);
        assertTrue(written.chars().allMatch(c -> c < 0x80));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "//evil.example",
                "/\\evil.example",
                "\\\\evil.example",
                "https://evil.example/",
                "evil.example",
                "",
                " /catalog/",
                "/catalog/\r\nSet-Cookie: a=b",
                "/\u202Eelpmaxe.live",
                "/\u200Fcatalog",
                "/\u2066catalog",
                "/a b",
                "/\tevil"
            })
    void refusesEverythingElse(String path) {
        assertEquals(Optional.empty(), LocalPath.of(path), path);
        assertEquals("/", LocalPath.orElse(path, "/"));
    }

    @Test
    void refusesNothingAtAll() {
        assertEquals(Optional.empty(), LocalPath.of(null));
    }
}
