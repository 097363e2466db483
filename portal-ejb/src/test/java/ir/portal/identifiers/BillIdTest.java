package ir.portal.identifiers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BillIdTest {

    private static final List<String> FROM_REAL_BILLS = List.of("9985235404124", "9403272004129", "1064348103115");

    @Test
    void acceptsBillIdsOfRealBills() {
        for (String id : FROM_REAL_BILLS) {
            assertEquals(Optional.of(new BillId(id)), BillId.parse(id), id);
        }
    }

    @Test
    void refusesWrongCheckDigit() {
        for (String id : FROM_REAL_BILLS) {
            int last = id.length() - 1;
            for (char wrong = '0'; wrong <= '9'; wrong++) {
                if (wrong != id.charAt(last)) {
                    String changed = id.substring(0, last) + wrong;
                    assertTrue(BillId.parse(changed).isEmpty(), changed);
                }
            }
        }
    }

    @Test
    void acceptsSixToThirteenDigits() {
        String six = "12345" + Mod11.check("12345");
        String thirteen = "123456789012" + Mod11.check("123456789012");
        assertTrue(BillId.parse(six).isPresent());
        assertTrue(BillId.parse(thirteen).isPresent());
    }

    @Test
    void refusesFewerThanSixOrMoreThanThirteenDigits() {
        String five = "1234" + Mod11.check("1234");
        String fourteen = "1234567890123" + Mod11.check("1234567890123");
        assertTrue(BillId.parse(five).isEmpty());
        assertTrue(BillId.parse(fourteen).isEmpty());
    }

    @Test
    void appendsTheCheckDigitToTheDigitsOfANewBill() {
        assertEquals(new BillId("9985235404124"), BillId.withCheckDigit("998523540412"));
        assertEquals(new BillId("1234561412" + Mod11.check("1234561412")), BillId.withCheckDigit("1234561412"));
    }

    @Test
    void refusesToMakeABillIdOfTooFewOrTooManyDigits() {
        assertThrows(IllegalArgumentException.class, () -> BillId.withCheckDigit("1234"));
        assertThrows(IllegalArgumentException.class, () -> BillId.withCheckDigit("1234567890123"));
        assertThrows(IllegalArgumentException.class, () -> BillId.withCheckDigit("12345a"));
        assertThrows(IllegalArgumentException.class, () -> BillId.withCheckDigit(""));
        assertThrows(IllegalArgumentException.class, () -> BillId.withCheckDigit(null));
    }

    @Test
    void acceptsPersianDigitsSpacesAndDashes() {
        Optional<BillId> expected = Optional.of(new BillId("9985235404124"));
        assertEquals(expected, BillId.parse("۹۹۸۵۲۳۵۴۰۴۱۲۴"));
        assertEquals(expected, BillId.parse("99852 354 041 24"));
        assertEquals(expected, BillId.parse("99852-354-041-24"));
    }

    @Test
    void refusesLettersAndNothing() {
        assertTrue(BillId.parse("99852354041a4").isEmpty());
        assertTrue(BillId.parse(null).isEmpty());
        assertTrue(BillId.parse(" ").isEmpty());
    }

    @Test
    void constructorTakesOnlyTheCanonicalForm() {
        assertThrows(IllegalArgumentException.class, () -> new BillId("9985235404125"));
        assertThrows(IllegalArgumentException.class, () -> new BillId("۹۹۸۵۲۳۵۴۰۴۱۲۴"));
        assertThrows(IllegalArgumentException.class, () -> new BillId(null));
    }

    @Test
    void printsAsItsValue() {
        assertEquals("9985235404124", new BillId("9985235404124").toString());
    }
}
