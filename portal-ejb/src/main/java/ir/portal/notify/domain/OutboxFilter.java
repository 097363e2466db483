package ir.portal.notify.domain;

import java.util.Locale;

/** Which mails the console lists: optionally one status, and recipients containing a text (any letter case). */
public record OutboxFilter(MailStatus status, String recipient) {

    public OutboxFilter {
        recipient = recipient == null || recipient.isBlank() ? null : recipient.strip();
    }

    /**
     * The recipient text as a LIKE pattern in lower case, its own {@code %} and {@code _} taken literally: escaped
     * with {@code !} (the query's {@code ESCAPE '!'}), which means the same on H2 and PostgreSQL, unlike a backslash.
     */
    String recipientPattern() {
        String escaped = recipient
                .toLowerCase(Locale.ROOT)
                .replace("!", "!!")
                .replace("%", "!%")
                .replace("_", "!_");
        return "%" + escaped + "%";
    }
}
