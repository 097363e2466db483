package ir.portal.identifiers;

/**
 * The check digit of Iranian bill and payment identifiers: a weighted sum modulo 11, weights 2 to 7 repeating
 * from the rightmost digit. Shared because the payment identifier's second check digit runs over the bill's
 * digits too.
 */
final class Mod11 {

    private Mod11() {}

    /** The check digit for the given Latin digits; a remainder of 0 or 1 gives 0. */
    static int check(String digits) {
        int sum = 0;
        int weight = 2;
        for (int i = digits.length() - 1; i >= 0; i--) {
            sum += (digits.charAt(i) - '0') * weight;
            weight = weight == 7 ? 2 : weight + 1;
        }
        int remainder = sum % 11;
        return remainder < 2 ? 0 : 11 - remainder;
    }
}
