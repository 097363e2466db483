package ir.portal;

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
}
