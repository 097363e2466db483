package ir.portal.catalog.application;

import ir.portal.catalog.domain.CardAction;
import ir.portal.platform.history.FieldChange;
import java.time.Instant;
import java.util.List;

/**
 * One line of a card's history: who did what when, each field's value before and after, and whether it kept the
 * whole card (to compare it with another revision and to restore it).
 */
public record RevisionView(
        int number,
        CardAction action,
        String changedBy,
        Instant changedAt,
        List<FieldChange> changes,
        boolean restorable) {}
