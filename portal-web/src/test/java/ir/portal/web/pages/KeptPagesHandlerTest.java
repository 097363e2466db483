package ir.portal.web.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class KeptPagesHandlerTest {

    @Test
    void aKeptPagesNonceIsOnePrimeFacesTakesBackBase64OfARandomUuid() {
        String nonce = KeptPagesHandler.nonce();
        UUID uuid = UUID.fromString(new String(Base64.getDecoder().decode(nonce), StandardCharsets.US_ASCII));
        assertEquals(4, uuid.version());
        assertEquals(2, uuid.variant());
        assertNotEquals(nonce, KeptPagesHandler.nonce(), "one of its own for each response");
    }
}
