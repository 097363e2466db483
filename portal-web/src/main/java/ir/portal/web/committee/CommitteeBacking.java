package ir.portal.web.committee;

import ir.portal.committee.application.CommitteeQueries;
import ir.portal.committee.application.Meetings;
import ir.portal.committee.domain.MeetingRow;
import ir.portal.committee.domain.ProposalRow;
import ir.portal.committee.domain.ProposalStatus;
import ir.portal.platform.errors.InvalidInput;
import ir.portal.web.i18n.Dates;
import ir.portal.web.i18n.Texts;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.omnifaces.util.Messages;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * {@code /committee/}: the proposals (the caller's unit's, or every unit's for the committee's side), filtered by
 * state and paged in the database; the meetings; and for the secretary, a new meeting.
 */
@Named
@ViewScoped
public class CommitteeBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CommitteeQueries queries;

    @Inject
    private Meetings meetings;

    private ProposalStatus status;
    private LocalDate day;
    private String time = "10:00";
    private String place;

    private final LazyDataModel<ProposalRow> proposals = new LazyDataModel<>() {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) queries.proposals(statuses(), 0, 1).total();
        }

        @Override
        public List<ProposalRow> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return queries.proposals(statuses(), first, pageSize).items();
        }

        @Override
        public String getRowKey(ProposalRow row) {
            return Long.toString(row.id());
        }
    };

    private final LazyDataModel<MeetingRow> meetingRows = new LazyDataModel<>() {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) queries.meetings(0, 1).total();
        }

        @Override
        public List<MeetingRow> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return queries.meetings(first, pageSize).items();
        }

        @Override
        public String getRowKey(MeetingRow row) {
            return Long.toString(row.id());
        }
    };

    private Set<ProposalStatus> statuses() {
        return status == null ? Set.of() : EnumSet.of(status);
    }

    /** Schedules a meeting on the Jalali day and time typed, and opens its page. */
    public String schedule() {
        LocalTime at;
        try {
            at = time == null || time.isBlank() ? null : LocalTime.parse(time.strip());
        } catch (DateTimeParseException e) {
            throw InvalidInput.of("time", "committee.invalid.time");
        }
        if (at == null) {
            throw InvalidInput.of("time", "platform.required");
        }
        long id = meetings.schedule(
                day == null ? null : day.atTime(at).atZone(Dates.ZONE).toInstant(), place);
        Messages.addFlashGlobalInfo(Texts.text("committee.scheduled"));
        return "/committee/meeting.xhtml?faces-redirect=true&id=" + id;
    }

    public LazyDataModel<ProposalRow> getProposals() {
        return proposals;
    }

    public LazyDataModel<MeetingRow> getMeetings() {
        return meetingRows;
    }

    public ProposalStatus[] getStatuses() {
        return ProposalStatus.values();
    }

    public ProposalStatus getStatus() {
        return status;
    }

    public void setStatus(ProposalStatus status) {
        this.status = status;
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public String getTime() {
        return time;
    }

    public void setTime(String time) {
        this.time = time;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }
}
