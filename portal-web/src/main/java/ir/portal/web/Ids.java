package ir.portal.web;

import java.util.Optional;

/** The one reading of an id in an address: up to 18 Latin digits, or nothing (which answers 404). */
public final class Ids {

    private Ids() {}

    public static Optional<Long> parse(String typed) {
        return typed == null || !typed.matches("\\d{1,18}") ? Optional.empty() : Optional.of(Long.parseLong(typed));
    }
}
