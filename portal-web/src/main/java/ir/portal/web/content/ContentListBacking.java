package ir.portal.web.content;

import ir.portal.content.application.ContentQueries;
import ir.portal.content.application.ContentQuery;
import ir.portal.content.application.ContentSummary;
import ir.portal.content.application.MonthCount;
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
import java.util.List;
import java.util.Optional;
import org.omnifaces.util.Faces;

/**
 * {@code /content/?kind=NEWS&unit=&open=&month=&q=&page=}: the published items of one kind, newest first, a page at a
 * time, of every unit or of one unit's sub-site; tenders still open or closed; news by Jalali month (the archive);
 * laws, FAQ and forms searched. The address is the whole state, so a page is a link anyone can keep.
 */
@Named
@RequestScoped
public class ContentListBacking {

    static final int PAGE_SIZE = 10;

    @Inject
    private ContentQueries queries;

    private String kind;
    private String unit;
    private String open;
    private String month;
    private String q;
    private int page = 1;
    private ContentKind shown;
    private Integer shownMonth;
    private Page<ContentSummary> results;
    private List<MonthCount> months = List.of();

    public void load() throws IOException {
        Optional<ContentKind> known = Arrays.stream(ContentKind.values())
                .filter(k -> k.name().equals(kind == null ? "NEWS" : kind))
                .findFirst();
        if (known.isEmpty()
                || (unit != null && !unit.matches("[A-Za-z0-9-]{0,40}"))
                || (open != null && !open.matches("|true|false"))
                || (month != null && !month.matches("|1[34]\\d{2}(0[1-9]|1[0-2])"))) {
            Faces.responseSendError(HttpServletResponse.SC_NOT_FOUND, "content");
            return;
        }
        shown = known.get();
        shownMonth = blankToNull(month) == null ? null : Integer.valueOf(month);
        Boolean stillOpen = blankToNull(open) == null ? null : Boolean.valueOf(open);
        results = queries.page(
                new ContentQuery(shown, blankToNull(unit), stillOpen, shownMonth, blankToNull(q)),
                (Math.max(page, 1) - 1) * PAGE_SIZE,
                PAGE_SIZE);
        if (shown == ContentKind.NEWS || shown == ContentKind.ANNOUNCEMENT) {
            months = queries.months(shown, blankToNull(unit));
        }
    }

    /** The link to another page of the same list. */
    public String pageLink(int number) {
        return link(open, month) + "&page=" + number;
    }

    /** The same list (its unit and words) of tenders still open ({@code "true"}), closed, or all (empty). */
    public String openLink(String which) {
        return link(which, null);
    }

    /** The same list in one Jalali month of the archive (all months where null). */
    public String monthLink(Integer yearMonth) {
        return link(null, yearMonth == null ? null : yearMonth.toString());
    }

    private String link(String openOnes, String inMonth) {
        StringBuilder link = new StringBuilder("/content/?kind=").append(shown);
        append(link, "unit", unit);
        append(link, "open", openOnes);
        append(link, "month", inMonth);
        append(link, "q", q);
        return link.toString();
    }

    private static void append(StringBuilder link, String name, String value) {
        if (blankToNull(value) != null) {
            link.append('&').append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }

    /** Whether the list offers to find words in it: the laws library, the FAQ and the forms. */
    public boolean isSearchable() {
        return shown == ContentKind.LAW || shown == ContentKind.FAQ || shown == ContentKind.FORM;
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

    public List<MonthCount> getMonths() {
        return months;
    }

    public Integer getShownMonth() {
        return shownMonth;
    }

    public String getOpen() {
        return open;
    }

    public void setOpen(String open) {
        this.open = open;
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
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
