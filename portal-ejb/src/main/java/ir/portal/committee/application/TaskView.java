package ir.portal.committee.application;

import ir.portal.committee.domain.ProvisioningTask.Checklist;
import java.time.Instant;

/** IT's task for an approved proposal as the console lists it. */
public record TaskView(
        long id,
        long version,
        long proposalId,
        String title,
        long cardId,
        Checklist checklist,
        Instant openedAt,
        Instant closedAt,
        String closedBy) {}
