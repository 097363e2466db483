package ir.portal.desk.application;

import ir.portal.platform.domain.LocalizedText;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The electronic receipt of a request (criterion 3 and 4 of seeds/003): the tracking code, the service, when it
 * came in and the date the answer is due.
 */
public record Receipt(
        long requestId,
        String trackingCode,
        String groupedCode,
        LocalizedText service,
        LocalizedText unit,
        String applicantName,
        String nationalId,
        Instant submittedAt,
        LocalDate dueOn,
        int averageDays) {}
