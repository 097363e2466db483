package ir.portal.content.application;

import java.util.List;

/** A page of a list that is not counted: its items, where it starts, its size and whether another follows. */
public record Slice<T>(List<T> items, int first, int size, boolean hasNext) {

    public boolean hasPrevious() {
        return first > 0;
    }

    /** The page's number, from 1. */
    public int pageNumber() {
        return first / size + 1;
    }
}
