package ir.portal.committee;

import ir.portal.catalog.AsEditor;
import ir.portal.catalog.AsExpert;
import ir.portal.catalog.application.ServiceCardForm;
import ir.portal.catalog.domain.CardContent;
import ir.portal.catalog.domain.Vocabulary.ServiceLevel;
import ir.portal.catalog.domain.Vocabulary.ServiceNature;
import ir.portal.catalog.domain.Vocabulary.ServiceType;
import ir.portal.committee.application.CommitteeQueries;
import ir.portal.committee.application.MeetingView;
import ir.portal.committee.application.Meetings;
import ir.portal.committee.application.ProposalView;
import ir.portal.committee.application.Proposals;
import ir.portal.committee.domain.ProposalDetails;
import ir.portal.committee.domain.ProposalReason;
import ir.portal.committee.domain.VoteChoice;
import ir.portal.platform.domain.LocalizedText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

/**
 * The committee's steps as the people who take them: the editor of QOM-1 proposes, the portal expert screens and
 * runs the meeting, the members vote.
 */
@ApplicationScoped
public class CommitteeFixtures {

    @Inject
    Proposals proposals;

    @Inject
    Meetings meetings;

    @Inject
    CommitteeQueries queries;

    @Inject
    AsEditor asEditor;

    @Inject
    AsExpert asExpert;

    @Inject
    Members members;

    /** What a unit says about a new service, every field filled. */
    public static ProposalDetails details(String title) {
        ProposalDetails d = new ProposalDetails();
        d.setTitle(title);
        d.setServiceType(ServiceType.G2C);
        d.setReason(ProposalReason.EVALUATION_INDEX);
        d.setIndexName("شاخص ۱۰ ارزیابی دستگاه‌ها");
        d.setIndexScore(new BigDecimal("42.50"));
        d.setUsersPerYear(120_000L);
        d.setVisitsSavedPerYear(80_000L);
        d.setSummary("درخواست انشعاب موقت برای مراسم و نمایشگاه‌ها بدون مراجعه‌ی حضوری");
        return d;
    }

    /** The draft card that goes with the proposal, as far as the unit knows it. */
    public static ServiceCardForm card(String title) {
        ServiceCardForm form = new ServiceCardForm();
        CardContent c = form.getContent();
        c.setTitle(new LocalizedText(title, "Temporary connection " + title.hashCode()));
        c.setDescription(new LocalizedText("شرح " + title, "About it"));
        c.setProviderAgency(new LocalizedText("شرکت توزیع نیروی برق استان قم", "Qom Electricity Distribution"));
        c.setTypes(EnumSet.of(ServiceType.G2C));
        c.setNature(ServiceNature.ENTERPRISE);
        c.setLevels(EnumSet.of(ServiceLevel.PROVINCIAL));
        return form;
    }

    public static String title() {
        return "انشعاب موقت " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A proposal of QOM-1, drafted by the editor; returns its id. */
    public long drafted() throws Exception {
        String title = title();
        return asEditor.call(() -> proposals.draft(details(title), card(title)));
    }

    /** A proposal drafted, submitted by the editor and screened by the secretary. */
    public long screened() throws Exception {
        long id = drafted();
        asEditor.call(() -> {
            proposals.submit(id, proposal(id).version(), null);
            return null;
        });
        asExpert.call(() -> {
            proposals.screen(id, proposal(id).version(), "آماده‌ی طرح در جلسه");
            return null;
        });
        return id;
    }

    /** A meeting scheduled for tomorrow with the proposals on its agenda and the members present, opened. */
    public long openMeeting(List<Long> agenda, List<String> present) throws Exception {
        long meeting = scheduled(agenda, present);
        asExpert.call(() -> {
            meetings.open(meeting, meeting(meeting).version());
            return null;
        });
        return meeting;
    }

    /** A meeting scheduled with its agenda and attendance, not opened yet. */
    public long scheduled(List<Long> agenda, List<String> present) throws Exception {
        return asExpert.call(() -> {
            long meeting = meetings.schedule(Instant.now().plus(Duration.ofDays(1)), "سالن جلسات ستاد");
            for (long proposal : agenda) {
                meetings.putOnAgenda(
                        meeting, proposal, queries.proposal(proposal).version());
            }
            meetings.recordAttendance(meeting, queries.meeting(meeting).version(), present);
            return meeting;
        });
    }

    public void vote(String member, long itemId, VoteChoice choice, String comment) throws Exception {
        members.call(member, () -> {
            meetings.vote(itemId, choice, comment);
            return null;
        });
    }

    public ProposalView proposal(long id) throws Exception {
        return asExpert.call(() -> queries.proposal(id));
    }

    public MeetingView meeting(long id) throws Exception {
        return asExpert.call(() -> queries.meeting(id));
    }

    /** The first item of a meeting. */
    public MeetingView.Item item(long meeting) throws Exception {
        return meeting(meeting).items().get(0);
    }
}
