package ir.portal.identifiers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PaymentIdTest {

    private static final BillId BILL = new BillId("9985235404124");
    private static final BillId OTHER_BILL = new BillId("9403272004129");

    @Test
    void acceptsPaymentIdsOfRealBills() {
        assertEquals(Optional.of(new PaymentId("880000568")), PaymentId.parse("880000568", BILL));
        assertEquals(Optional.of(new PaymentId("95570163")), PaymentId.parse("95570163", OTHER_BILL));
        assertTrue(PaymentId.parse("97570237", new BillId("1064348103115")).isPresent());
    }

    @Test
    void dropsTheZerosThatPadAPaymentIdToThirteenDigits() {
        assertEquals(Optional.of(new PaymentId("880000568")), PaymentId.parse("0000880000568", BILL));
        assertEquals(Optional.of(new PaymentId("95570163")), PaymentId.parse("00095570163", OTHER_BILL));
    }

    @Test
    void refusesMoreThanThirteenDigitsEvenIfTheyAreZeros() {
        assertTrue(PaymentId.parse("00000880000568", BILL).isEmpty());
    }

    @Test
    void decodesTheAmountOfARealBill() {
        assertEquals(
                8_800_000, PaymentId.parse("0000880000568", BILL).orElseThrow().amountRials());
    }

    @Test
    void issuesAmountYearPeriodAndTwoCheckDigits() {
        PaymentId issued = PaymentId.issue(BILL, 8_800_000, 5, 7);
        assertEquals("8800507", issued.value().substring(0, 7));
        assertEquals(9, issued.value().length());
    }

    @Test
    void parsesAnIssuedIdBackWithItsBill() {
        for (long amount : List.of(1_000L, 8_800_000L, 123_456_000L, 99_999_999_000L)) {
            PaymentId issued = PaymentId.issue(BILL, amount, 3, 12);
            assertEquals(Optional.of(issued), PaymentId.parse(issued.value(), BILL), issued.value());
            assertTrue(issued.belongsTo(BILL));
        }
    }

    @Test
    void refusesAnIssuedIdWithAnotherBill() {
        PaymentId issued = PaymentId.issue(BILL, 8_800_000, 5, 7);
        assertTrue(PaymentId.parse(issued.value(), OTHER_BILL).isEmpty());
        assertFalse(issued.belongsTo(OTHER_BILL));
    }

    @Test
    void givesBackTheIssuedAmount() {
        for (long amount : List.of(1_000L, 10_000L, 8_800_000L, 123_456_000L, 99_999_999_000L)) {
            assertEquals(amount, PaymentId.issue(BILL, amount, 0, 0).amountRials());
        }
    }

    @Test
    void refusesAnIssuedIdWithAnyDigitChanged() {
        for (long amount : List.of(1_000L, 8_800_000L, 123_456_000L, 99_999_999_000L)) {
            String value = PaymentId.issue(BILL, amount, 5, 7).value();
            for (int i = 0; i < value.length(); i++) {
                for (char digit = '0'; digit <= '9'; digit++) {
                    if (digit != value.charAt(i)) {
                        String changed = value.substring(0, i) + digit + value.substring(i + 1);
                        assertTrue(PaymentId.parse(changed, BILL).isEmpty(), changed);
                    }
                }
            }
        }
    }

    @Test
    void refusesAnAmountThatIsNotAPositiveMultipleOfAThousandRials() {
        assertThrows(IllegalArgumentException.class, () -> PaymentId.issue(BILL, 0, 5, 7));
        assertThrows(IllegalArgumentException.class, () -> PaymentId.issue(BILL, -1_000, 5, 7));
        assertThrows(IllegalArgumentException.class, () -> PaymentId.issue(BILL, 1_500, 5, 7));
    }

    @Test
    void refusesAnAmountTooLargeForThirteenDigits() {
        assertThrows(IllegalArgumentException.class, () -> PaymentId.issue(BILL, 100_000_000_000L, 5, 7));
        assertThrows(IllegalArgumentException.class, () -> PaymentId.issue(BILL, Long.MAX_VALUE / 1000 * 1000, 5, 7));
    }

    @Test
    void refusesAYearDigitOrPeriodOutOfRange() {
        assertThrows(IllegalArgumentException.class, () -> PaymentId.issue(BILL, 1_000, 10, 7));
        assertThrows(IllegalArgumentException.class, () -> PaymentId.issue(BILL, 1_000, -1, 7));
        assertThrows(IllegalArgumentException.class, () -> PaymentId.issue(BILL, 1_000, 5, 100));
        assertThrows(IllegalArgumentException.class, () -> PaymentId.issue(BILL, 1_000, 5, -1));
        assertThrows(IllegalArgumentException.class, () -> PaymentId.issue(null, 1_000, 5, 7));
    }

    @Test
    void acceptsPersianDigitsSpacesAndDashes() {
        Optional<PaymentId> expected = Optional.of(new PaymentId("880000568"));
        assertEquals(expected, PaymentId.parse("۸۸۰۰۰۰۵۶۸", BILL));
        assertEquals(expected, PaymentId.parse("8800 005 68", BILL));
        assertEquals(expected, PaymentId.parse("88-000-0568", BILL));
    }

    @Test
    void givesNothingForNullBlankOrNoBill() {
        assertTrue(PaymentId.parse(null, BILL).isEmpty());
        assertTrue(PaymentId.parse("  ", BILL).isEmpty());
        assertTrue(PaymentId.parse("880000568", null).isEmpty());
    }

    @Test
    void constructorTakesOnlyTheCanonicalForm() {
        assertThrows(IllegalArgumentException.class, () -> new PaymentId("880000578"));
        assertThrows(IllegalArgumentException.class, () -> new PaymentId("0000880000568"));
        assertThrows(IllegalArgumentException.class, () -> new PaymentId("۸۸۰۰۰۰۵۶۸"));
        assertThrows(IllegalArgumentException.class, () -> new PaymentId(null));
    }

    @Test
    void printsAsItsValue() {
        assertEquals("880000568", new PaymentId("880000568").toString());
    }
}
