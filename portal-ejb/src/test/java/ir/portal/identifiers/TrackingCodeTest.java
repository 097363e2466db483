package ir.portal.identifiers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TrackingCodeTest {

    @Test
    void drawsDistinctCodesThatParseBack() {
        Random random = new Random(1405);
        Set<TrackingCode> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            TrackingCode code = TrackingCode.random(random);
            assertTrue(seen.add(code), code.value());
            assertEquals(14, code.value().length());
            assertEquals(Optional.of(code), TrackingCode.parse(code.value()));
        }
    }

    @Test
    void keepsLeadingZerosOfTheRandomPart() {
        TrackingCode code = TrackingCode.random(() -> 0L);
        assertEquals("0".repeat(13) + Verhoeff.checkDigit("0".repeat(13)), code.value());
    }

    @Test
    void detectsEverySingleWrongDigit() {
        Random random = new Random(7);
        for (int n = 0; n < 200; n++) {
            String value = TrackingCode.random(random).value();
            for (int i = 0; i < value.length(); i++) {
                for (char digit = '0'; digit <= '9'; digit++) {
                    if (digit != value.charAt(i)) {
                        String changed = value.substring(0, i) + digit + value.substring(i + 1);
                        assertTrue(TrackingCode.parse(changed).isEmpty(), changed);
                    }
                }
            }
        }
    }

    @Test
    void detectsEverySwapOfNeighbouringDigits() {
        Random random = new Random(11);
        int swaps = 0;
        for (int n = 0; n < 200; n++) {
            String value = TrackingCode.random(random).value();
            for (int i = 0; i + 1 < value.length(); i++) {
                if (value.charAt(i) != value.charAt(i + 1)) {
                    String swapped =
                            value.substring(0, i) + value.charAt(i + 1) + value.charAt(i) + value.substring(i + 2);
                    assertTrue(TrackingCode.parse(swapped).isEmpty(), swapped);
                    swaps++;
                }
            }
        }
        assertTrue(swaps > 2_000, "too few swaps tried: " + swaps);
    }

    @Test
    void groupsFourFourFourTwo() {
        String digits = "1234567890123";
        TrackingCode code = new TrackingCode(digits + Verhoeff.checkDigit(digits));
        assertEquals("1234-5678-9012-3" + Verhoeff.checkDigit(digits), code.grouped());
    }

    @Test
    void parsesTheGroupedFormPersianDigitsAndSpaces() {
        TrackingCode code = TrackingCode.random(new Random(3));
        assertEquals(Optional.of(code), TrackingCode.parse(code.grouped()));
        assertEquals(Optional.of(code), TrackingCode.parse(" " + code.grouped().replace('-', ' ') + " "));
        assertEquals(Optional.of(code), TrackingCode.parse(ir.portal.i18n.PersianDigits.toPersian(code.grouped())));
    }

    @Test
    void refusesWrongLength() {
        String thirteen = "123456789012";
        assertTrue(TrackingCode.parse(thirteen + Verhoeff.checkDigit(thirteen)).isEmpty());
        String fifteen = "12345678901234";
        assertTrue(TrackingCode.parse(fifteen + Verhoeff.checkDigit(fifteen)).isEmpty());
    }

    @Test
    void givesNothingForNullBlankOrLetters() {
        assertTrue(TrackingCode.parse(null).isEmpty());
        assertTrue(TrackingCode.parse("  ").isEmpty());
        assertTrue(TrackingCode.parse("1234-5678-9012-3A").isEmpty());
    }

    @Test
    void constructorTakesOnlyTheCanonicalForm() {
        TrackingCode code = TrackingCode.random(new Random(5));
        assertThrows(IllegalArgumentException.class, () -> new TrackingCode(code.grouped()));
        assertThrows(IllegalArgumentException.class, () -> new TrackingCode(null));
        String wrongCheck = code.value().substring(0, 13) + (code.value().charAt(13) == '0' ? '1' : '0');
        assertThrows(IllegalArgumentException.class, () -> new TrackingCode(wrongCheck));
    }

    @Test
    void printsAsItsValue() {
        TrackingCode code = TrackingCode.random(new Random(9));
        assertEquals(code.value(), code.toString());
    }
}
