package ir.portal.platform.review;

import ir.portal.platform.history.FieldChange;
import java.time.Instant;
import java.util.List;

/**
 * One line of an item's history: who did what when, each field's value before and after, and whether it kept the
 * whole item (to compare it with another revision and to restore it).
 */
public record RevisionLine(
        int number,
        String action,
        String changedBy,
        Instant changedAt,
        List<FieldChange> changes,
        boolean restorable) {}
