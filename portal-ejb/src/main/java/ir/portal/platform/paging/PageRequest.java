package ir.portal.platform.paging;

/** Which rows of a list a screen asks for, clamped to what the portal serves at once (1 to 100 rows). */
public record PageRequest(int first, int size) {

    public static final int MAX_SIZE = 100;

    public PageRequest {
        first = Math.max(0, first);
        size = Math.max(1, Math.min(size, MAX_SIZE));
    }

    public static PageRequest of(int first, int size) {
        return new PageRequest(first, size);
    }
}
