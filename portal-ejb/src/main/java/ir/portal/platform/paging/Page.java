package ir.portal.platform.paging;

import java.util.List;
import java.util.function.Function;

/** One page of a longer list, and how long the list is. */
public record Page<T>(List<T> items, long total, int first, int size) {

    public static <T> Page<T> of(List<T> items, long total, PageRequest request) {
        return new Page<>(items, total, request.first(), request.size());
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), total, first, size);
    }

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
