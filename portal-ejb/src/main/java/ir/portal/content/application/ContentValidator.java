package ir.portal.content.application;

import ir.portal.content.domain.ContentKind;
import ir.portal.content.domain.ContentKind.Extra;
import ir.portal.content.domain.ContentText;
import ir.portal.platform.domain.LocalizedText;
import ir.portal.platform.errors.Problems;
import ir.portal.platform.html.SafeHtml;
import java.util.regex.Pattern;

/**
 * What an item needs before it is kept, field by field: a title in both languages, a Persian body (or, for a link
 * or form, its address), the fields its kind uses ({@link Extra}), a window whose end follows its start. It also
 * makes the body safe ({@link SafeHtml}) and clears the fields the kind does not use.
 */
final class ContentValidator {

    static final String URL = "content.invalid.url";
    static final String ORDER = "content.invalid.order";

    /** An http(s) address or a path of this portal. */
    private static final Pattern ADDRESS = Pattern.compile("(https?://[^\\s<>\"]+|/[^/\\s<>\"][^\\s<>\"]*|/)");

    private ContentValidator() {}

    static void check(ContentForm form) {
        ContentKind kind = form.getKind();
        ContentText t = form.getText();
        t.setBody(new LocalizedText(
                SafeHtml.clean(t.getBody().getFa()), SafeHtml.clean(t.getBody().getEn())));
        clearUnused(kind, t);
        Problems problems = new Problems();
        problems.addIf(kind == null, "kind", Problems.REQUIRED)
                .addIf(blank(t.getTitle().getFa()), "text.title.fa", Problems.REQUIRED)
                .addIf(blank(t.getTitle().getEn()), "text.title.en", Problems.REQUIRED)
                .addIf(long500(t.getTitle()), "text.title.fa", Problems.TOO_LONG)
                .addIf(length(t.getSummary(), 2000), "text.summary.fa", Problems.TOO_LONG);
        if (kind != null && kind.has(Extra.LINK)) {
            problems.addIf(blank(t.getLinkUrl()), "linkUrl", Problems.REQUIRED)
                    .addIf(!blank(t.getLinkUrl()) && !isAddress(t.getLinkUrl()), "linkUrl", URL);
        } else {
            problems.addIf(SafeHtml.isBlank(t.getBody().getFa()), "text.body.fa", Problems.REQUIRED);
        }
        if (kind != null) {
            problems.addIf(kind.has(Extra.DEADLINE) && t.getDeadline() == null, "deadline", Problems.REQUIRED)
                    .addIf(kind.has(Extra.REFERENCE) && blank(t.getReference()), "reference", Problems.REQUIRED)
                    .addIf(kind.has(Extra.ISSUED) && t.getIssuedOn() == null, "issuedOn", Problems.REQUIRED)
                    .addIf(kind.has(Extra.SCHEDULE) && t.getStartsOn() == null, "startsOn", Problems.REQUIRED)
                    .addIf(
                            t.getStartsOn() != null
                                    && t.getEndsOn() != null
                                    && t.getEndsOn().isBefore(t.getStartsOn()),
                            "endsOn",
                            ORDER);
        }
        problems.addIf(
                        form.getPublishOn() != null
                                && form.getExpireOn() != null
                                && !form.getExpireOn().isAfter(form.getPublishOn()),
                        "expireOn",
                        ORDER)
                .throwIfAny();
    }

    private static void clearUnused(ContentKind kind, ContentText t) {
        if (kind == null) {
            return;
        }
        if (!kind.has(Extra.REFERENCE)) {
            t.setReference(null);
        }
        if (!kind.has(Extra.DEADLINE)) {
            t.setDeadline(null);
        }
        if (!kind.has(Extra.ISSUED)) {
            t.setIssuedOn(null);
        }
        if (!kind.has(Extra.ISSUER)) {
            t.setIssuer(new LocalizedText());
        }
        if (!kind.has(Extra.SCHEDULE)) {
            t.setStartsOn(null);
            t.setEndsOn(null);
        }
        if (!kind.has(Extra.PLACE)) {
            t.setPlace(new LocalizedText());
        }
        if (!kind.has(Extra.LINK)) {
            t.setLinkUrl(null);
        } else if (t.getLinkUrl() != null) {
            t.setLinkUrl(t.getLinkUrl().strip());
        }
    }

    /** A web address (http or https) or a path of this portal: nothing else goes into a link people follow. */
    static boolean isAddress(String typed) {
        return typed != null && ADDRESS.matcher(typed.strip()).matches();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static boolean long500(LocalizedText text) {
        return length(text, 500);
    }

    private static boolean length(LocalizedText text, int max) {
        return (text.getFa() != null && text.getFa().length() > max)
                || (text.getEn() != null && text.getEn().length() > max);
    }
}
