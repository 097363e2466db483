package ir.portal.platform.html;

import java.util.regex.Pattern;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Rich text as the portal keeps it, whoever wrote it: the editor's (Quill's) paragraphs, headings, lists, quotes,
 * emphasis, code and links, nothing else. No script, style, frame or form survives, no event handler, and a link
 * keeps only an http, https or mailto address or a path of this portal ({@code javascript:} and {@code data:} go).
 */
public final class SafeHtml {

    /** Quill's own classes: alignment, direction, indent, size, code. */
    private static final Pattern QUILL_CLASSES = Pattern.compile("(ql-[a-z0-9-]+)( ql-[a-z0-9-]+)*");

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements(
                    "p",
                    "br",
                    "strong",
                    "b",
                    "em",
                    "i",
                    "u",
                    "s",
                    "sub",
                    "sup",
                    "h2",
                    "h3",
                    "h4",
                    "blockquote",
                    "ol",
                    "ul",
                    "li",
                    "pre",
                    "code",
                    "span",
                    "a")
            .allowAttributes("class")
            .matching(QUILL_CLASSES)
            .onElements("p", "li", "h2", "h3", "h4", "blockquote", "pre", "span", "ol", "ul")
            .allowAttributes("dir")
            .matching(Pattern.compile("rtl|ltr|auto"))
            .onElements("p", "li", "h2", "h3", "h4", "blockquote", "ol", "ul")
            .allowAttributes("href")
            .onElements("a")
            .allowUrlProtocols("http", "https", "mailto")
            .requireRelsOnLinks("noopener", "noreferrer")
            .toFactory();

    private SafeHtml() {}

    /** The text with everything outside the allow-list removed; null stays null. */
    public static String clean(String html) {
        if (html == null) {
            return null;
        }
        String cleaned = POLICY.sanitize(html).strip();
        return isBlank(cleaned) ? "" : cleaned;
    }

    /** Whether the text shows nothing: no words once the markup is left out (an empty editor sends {@code <p><br></p>}). */
    public static boolean isBlank(String html) {
        return html == null
                || html.replaceAll("<[^>]*>", "").replace("&nbsp;", "").isBlank();
    }
}
