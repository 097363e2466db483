package ir.portal.identifiers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.persistence.AttributeConverter;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Each identifier is stored as its digits and comes back as the same value object; a bad row is refused. */
class IdentifierConvertersTest {

    @Test
    void everyIdentifierRoundTripsThroughItsColumn() {
        roundTrip(new NationalIdConverter(), new NationalId("0499370899"), "0499370899");
        roundTrip(new MobileNumberConverter(), new MobileNumber("09121234567"), "09121234567");
        roundTrip(new PostalCodeConverter(), PostalCode.parse("11936-53471").orElseThrow(), "1193653471");
        roundTrip(new BillIdConverter(), new BillId("9985235404124"), "9985235404124");
        roundTrip(new PaymentIdConverter(), new PaymentId("880000568"), "880000568");
        TrackingCode code = TrackingCode.random(new Random(1405));
        roundTrip(new TrackingCodeConverter(), code, code.value());
    }

    @Test
    void nothingStaysNothing() {
        assertNull(new NationalIdConverter().convertToDatabaseColumn(null));
        assertNull(new TrackingCodeConverter().convertToEntityAttribute(null));
    }

    @Test
    void aStoredValueThatIsNotTheIdentifierIsRefusedWhenRead() {
        assertThrows(
                IllegalArgumentException.class, () -> new NationalIdConverter().convertToEntityAttribute("0499370890"));
        String good = TrackingCode.random(new Random(7)).value();
        String wrongCheckDigit = good.substring(0, 13) + (char) ('0' + (good.charAt(13) - '0' + 1) % 10);
        assertThrows(
                IllegalArgumentException.class,
                () -> new TrackingCodeConverter().convertToEntityAttribute(wrongCheckDigit));
    }

    private static <T> void roundTrip(AttributeConverter<T, String> converter, T identifier, String column) {
        assertEquals(column, converter.convertToDatabaseColumn(identifier));
        assertEquals(identifier, converter.convertToEntityAttribute(column));
    }
}
