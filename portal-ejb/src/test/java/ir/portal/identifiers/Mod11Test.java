package ir.portal.identifiers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class Mod11Test {

    @Test
    void weighsTheRightmostDigitByTwo() {
        assertEquals(9, Mod11.check("1"));
        assertEquals(8, Mod11.check("10"));
    }

    @Test
    void restartsTheWeightsAtTwoAfterSeven() {
        assertEquals(Mod11.check("1"), Mod11.check("1000000"));
        assertEquals(Mod11.check("10"), Mod11.check("10000000"));
    }

    @Test
    void givesZeroForRemaindersZeroAndOne() {
        assertEquals(0, Mod11.check("0"));
        assertEquals(0, Mod11.check("6"));
    }

    @Test
    void givesOneForRemainderTen() {
        assertEquals(1, Mod11.check("5"));
    }

    @Test
    void matchesTheCheckDigitsOfRealBills() {
        assertEquals(4, Mod11.check("998523540412"));
        assertEquals(6, Mod11.check("8800005"));
        assertEquals(8, Mod11.check("9985235404124" + "88000056"));
    }
}
