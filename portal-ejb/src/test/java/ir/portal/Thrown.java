package ir.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.portal.platform.errors.InvalidInput;
import ir.portal.platform.errors.Refused;
import org.junit.jupiter.api.function.Executable;

/** What the tests ask of an exception that reached them through the container's wrappers. */
public final class Thrown {

    private Thrown() {}

    /** Whether the exception, or one of its causes, is of the type. */
    public static boolean causedBy(Throwable thrown, Class<? extends Throwable> type) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /** The message key of the one problem the step was refused for as invalid input. */
    public static String problem(Executable step) {
        Exception e = assertThrows(Exception.class, step);
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof InvalidInput invalid) {
                assertEquals(1, invalid.problems().size(), invalid.problems().toString());
                return invalid.problems().values().iterator().next();
            }
        }
        throw new AssertionError("not refused as invalid input", e);
    }

    /** That the step is refused to the caller. */
    public static void refused(Executable step) {
        Exception e = assertThrows(Exception.class, step);
        assertTrue(causedBy(e, Refused.class), e.toString());
    }
}
