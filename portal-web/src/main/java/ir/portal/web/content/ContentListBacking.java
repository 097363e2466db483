package ir.portal.web.content;

import ir.portal.content.application.ContentQueries;
import ir.portal.content.application.ContentSummary;
import ir.portal.content.domain.ContentKind;
import ir.portal.platform.paging.Page;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import org.omnifaces.util.Faces;

/**
 * {@code /content/?kind=NEWS&unit=&page=}: the published items of one kind, newest first, a page at a time, of every
 * unit or of one unit's sub-site. The address is the whole state, so a page is a link anyone can keep.
 */
@Named
@RequestScoped
public class ContentListBacking {

    static final int PAGE_SIZE = 10;

    @Inject
    private ContentQueries queries;

    private String kind;
    private String unit;
    private int page = 1;
    private ContentKind shown;
    private Page<ContentSummary> results;

    public void load() throws IOException {
        Optional<ContentKind> known = Arrays.stream(ContentKind.values())
                .filter(k -> k.name().equals(kind == null ? "NEWS" : kind))
                .findFirst();
        if (known.isEmpty() || (unit != null && !unit.matches("[A-Za-z0-9-]{1,40}"))) {
            Faces.responseSendError(HttpServletResponse.SC_NOT_FOUND, "content");
            return;
        }
        shown = known.get();
        results = queries.page(shown, blankToNull(unit), (Math.max(page, 1) - 1) * PAGE_SIZE, PAGE_SIZE);
    }

    /** The link to another page of the same list. */
    public String pageLink(int number) {
        StringBuilder link = new StringBuilder("/content/?kind=")
                .append(shown)
                .append("&page=")
                .append(number);
        if (blankToNull(unit) != null) {
            link.append("&unit=").append(URLEncoder.encode(unit, StandardCharsets.UTF_8));
        }
        return link.toString();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    public ContentKind getShown() {
        return shown;
    }

    public Page<ContentSummary> getResults() {
        return results;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }
}
