package ir.portal.catalog.application;

import java.util.List;

/** One page of a longer list, and how long the list is. */
public record Page<T>(List<T> items, long total, int first, int size) {

    public int pageNumber() {
        return size == 0 ? 1 : first / size + 1;
    }

    public int pageCount() {
        return size == 0 ? 1 : (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasNext() {
        return first + size < total;
    }

    public boolean hasPrevious() {
        return first > 0;
    }
}
