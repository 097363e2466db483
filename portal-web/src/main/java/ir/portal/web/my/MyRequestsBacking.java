package ir.portal.web.my;

import ir.portal.desk.application.DeskQueries;
import ir.portal.desk.application.RequestRow;
import ir.portal.platform.paging.Page;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** {@code /my/}: the citizen's own requests, newest first, a page at a time ({@code ?first=}). */
@Named
@RequestScoped
public class MyRequestsBacking {

    static final int PAGE = 20;

    @Inject
    DeskQueries queries;

    private int first;
    private Page<RequestRow> page;

    public void load() {
        page = queries.mine(Math.max(0, first), PAGE);
    }

    public Page<RequestRow> getPage() {
        return page;
    }

    public int getFirst() {
        return first;
    }

    public void setFirst(int first) {
        this.first = first;
    }
}
