package ir.portal.committee;

import static ir.portal.Thrown.causedBy;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.portal.catalog.AsEditor;
import ir.portal.catalog.AsExpert;
import ir.portal.catalog.AsManager;
import ir.portal.catalog.application.CatalogService;
import ir.portal.catalog.application.RevisionView;
import ir.portal.catalog.domain.CardAction;
import ir.portal.catalog.domain.Vocabulary.CardStatus;
import ir.portal.committee.application.CommitteeQueries;
import ir.portal.committee.application.MeetingView;
import ir.portal.committee.application.Meetings;
import ir.portal.committee.application.ProposalView;
import ir.portal.committee.application.Proposals;
import ir.portal.committee.application.Provisioning;
import ir.portal.committee.application.ServiceOrigin;
import ir.portal.committee.domain.Decision;
import ir.portal.committee.domain.ProposalStatus;
import ir.portal.committee.domain.ProvisioningTask.Checklist;
import ir.portal.committee.domain.VoteChoice;
import ir.portal.desk.AsApplicant;
import ir.portal.desk.application.DeskSubmission;
import ir.portal.desk.application.Receipt;
import ir.portal.desk.application.SubmissionForm;
import ir.portal.desk.application.WorkflowAdministration;
import ir.portal.desk.domain.DeskRepository;
import ir.portal.desk.domain.WorkflowDraft;
import ir.portal.notify.AsOperator;
import ir.portal.platform.audit.AuditLog;
import ir.portal.platform.errors.InvalidInput;
import ir.portal.platform.errors.Refused;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The whole path of a new e-service: the unit's proposal with its draft card, the secretary's questions and the
 * unit's answer, the meeting with its votes and minutes, IT's checklist, the published card that names the meeting
 * and the first citizen's request on the desk, traced back to the proposal; each step dated, attributed, audited
 * and mailed.
 */
@ExtendWith(ArquillianExtension.class)
class CommitteePathIT {

    @Inject
    CommitteeFixtures fixtures;

    @Inject
    Proposals proposals;

    @Inject
    Meetings meetings;

    @Inject
    Provisioning provisioning;

    @Inject
    CommitteeQueries queries;

    @Inject
    CatalogService catalog;

    @Inject
    WorkflowAdministration workflows;

    @Inject
    DeskSubmission submission;

    @Inject
    DeskRepository desk;

    @Inject
    AuditLog audit;

    @Inject
    AsEditor asEditor;

    @Inject
    AsManager asManager;

    @Inject
    AsExpert asExpert;

    @Inject
    AsOperator asOperator;

    @Inject
    AsApplicant asCitizen;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Test
    void aProposalBecomesAPublishedServiceAndItsFirstRequestLeadsBackToTheMeeting() throws Exception {
        String title = CommitteeFixtures.title();
        long id = asEditor.call(() -> proposals.draft(CommitteeFixtures.details(title), CommitteeFixtures.card(title)));
        ProposalView drafted = fixtures.proposal(id);
        long card = drafted.cardId();
        assertEquals(CardStatus.PROPOSED, asEditor.call(() -> catalog.edit(card).getStatus()));
        long cardVersion = asManager.call(() -> catalog.edit(card).getVersion());
        Exception early = assertThrows(
                Exception.class,
                () -> asManager.call(() -> {
                    catalog.publish(card, cardVersion);
                    return null;
                }));
        assertTrue(causedBy(early, Refused.class), "the unit's manager cannot publish it past the committee");

        asEditor.call(() -> {
            proposals.submit(id, drafted.version(), null);
            return null;
        });
        asExpert.call(() -> {
            proposals.returnToUnit(id, fixtures.proposal(id).version(), "چند مشترک در سال؟");
            return null;
        });
        Exception noAnswer = assertThrows(
                Exception.class,
                () -> asEditor.call(() -> {
                    proposals.submit(id, fixtures.proposal(id).version(), " ");
                    return null;
                }));
        assertTrue(causedBy(noAnswer, InvalidInput.class), "a returned proposal goes back with an answer");
        asEditor.call(() -> {
            proposals.submit(id, fixtures.proposal(id).version(), "حدود ۱۲۰ هزار مشترک در سال");
            return null;
        });
        asExpert.call(() -> {
            proposals.screen(id, fixtures.proposal(id).version(), null);
            return null;
        });

        List<String> present = List.of("committee", "committee2", "committee3", "committee4");
        long meeting = fixtures.openMeeting(List.of(id), present);
        long item = fixtures.item(meeting).id();
        fixtures.vote("committee", item, VoteChoice.APPROVE, "به شاخص ۱۰ کمک می‌کند");
        fixtures.vote("committee2", item, VoteChoice.APPROVE, null);
        fixtures.vote("committee3", item, VoteChoice.APPROVE, null);
        fixtures.vote("committee4", item, VoteChoice.ABSTAIN, "نیاز به برآورد هزینه");
        MeetingView.Item open = fixtures.item(meeting);
        assertEquals(
                Decision.APPROVED,
                asExpert.call(() -> meetings.closeItem(open.id(), open.version(), "اتصال به سامانه‌ی مشترکین")));
        asExpert.call(() -> {
            meetings.close(meeting, fixtures.meeting(meeting).version());
            return null;
        });
        byte[] minutes = asExpert.call(() -> queries.minutes(meeting)).orElseThrow();
        assertArrayEquals(
                "%PDF".getBytes(StandardCharsets.US_ASCII), Arrays.copyOf(minutes, 4), "the minutes are a PDF");

        asExpert.call(() -> workflows.revise(card, 0, 0, WorkflowDraft.starter()));
        var task = asOperator.call(() -> queries.taskOf(id)).orElseThrow();
        asOperator.call(() -> {
            provisioning.check(task.id(), task.version(), new Checklist(true, true, true, true, "سرور ۱۰.۰.۰.۱۲"));
            return null;
        });
        long checked = asOperator.call(() -> queries.taskOf(id)).orElseThrow().version();
        asOperator.call(() -> {
            provisioning.close(task.id(), checked);
            return null;
        });

        assertEquals(
                CardStatus.PUBLISHED, asEditor.call(() -> catalog.edit(card).getStatus()));
        RevisionView published = asExpert.call(() -> catalog.history(card)).get(0);
        assertEquals(CardAction.PUBLISHED, published.action());
        assertEquals("operator", published.changedBy());
        int number = fixtures.meeting(meeting).number();
        assertTrue(
                published.changes().stream()
                        .anyMatch(c -> c.field().equals("decision.meeting")
                                && c.after().equals(String.valueOf(number))),
                "the card's revision names the meeting: " + published.changes());

        SubmissionForm form = new SubmissionForm();
        form.setServiceId(card);
        form.setFormToken(UUID.randomUUID().toString());
        form.setNationalId("");
        form.setMobile("09121234567");
        form.setEmail("citizen@portal.example");
        Receipt first = asCitizen.call(() -> submission.submit(form, List.of()));
        long requestCard =
                desk.find(first.requestId()).orElseThrow().getServiceCard().getId();
        ServiceOrigin origin =
                asExpert.call(() -> queries.originOf(requestCard)).orElseThrow();
        assertEquals(id, origin.proposalId());
        assertEquals(meeting, origin.meetingId());
        assertEquals(number, origin.meetingNumber());

        ProposalView done = fixtures.proposal(id);
        assertEquals(
                List.of(
                        ProposalStatus.DRAFT,
                        ProposalStatus.SUBMITTED,
                        ProposalStatus.RETURNED,
                        ProposalStatus.SUBMITTED,
                        ProposalStatus.SCREENED,
                        ProposalStatus.ON_AGENDA,
                        ProposalStatus.APPROVED,
                        ProposalStatus.PROVISIONING,
                        ProposalStatus.PUBLISHED),
                done.steps().stream().map(ProposalView.Step::to).toList());
        assertEquals(
                List.of("editor", "editor", "expert", "editor", "expert", "expert", "expert", "operator", "operator"),
                done.steps().stream().map(ProposalView.Step::actor).toList());
        assertTrue(done.steps().stream().allMatch(s -> s.at() != null && s.unitCode() != null), "dated, with a unit");
        assertEquals("حدود ۱۲۰ هزار مشترک در سال", done.steps().get(3).note());
        assertEquals(done.steps().size(), audit.count("Proposal:" + id), "every step audited, and nothing else");

        assertTrue(mails("editor@portal.example", title) >= 8, "the proposer hears of each step");
        assertTrue(mails("manager@portal.example", title) >= 8, "so does the unit's manager");
        assertEquals(1, mails("operator@portal.example", title), "IT hears of its task");
        assertEquals(2, mails("expert@portal.example", title), "the secretary hears of each submission");
    }

    private long mails(String recipient, String title) {
        return em.createQuery(
                        "SELECT COUNT(m) FROM OutboxMail m WHERE m.recipient = :r AND m.subject LIKE :t", Long.class)
                .setParameter("r", recipient)
                .setParameter("t", "%" + title + "%")
                .getSingleResult();
    }
}
