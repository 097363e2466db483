package ir.portal.catalog.application;

import ir.portal.catalog.domain.CardAction;
import ir.portal.platform.history.FieldChange;
import java.time.Instant;
import java.util.List;

/** One line of a card's history: who did what when, and each field's value before and after. */
public record RevisionView(
        int number, CardAction action, String changedBy, Instant changedAt, List<FieldChange> changes) {}
