package ir.portal.committee.application;

import static ir.portal.committee.domain.Proposal.from;
import static ir.portal.committee.domain.ProposalStatus.DRAFT;
import static ir.portal.committee.domain.ProposalStatus.RETURNED;
import static ir.portal.committee.domain.ProposalStatus.SCREENED;
import static ir.portal.committee.domain.ProposalStatus.SUBMITTED;

import ir.portal.accounts.domain.OrgUnit;
import ir.portal.catalog.application.CatalogService;
import ir.portal.catalog.application.ServiceCardForm;
import ir.portal.catalog.domain.CatalogRepository;
import ir.portal.committee.domain.CommitteeRepository;
import ir.portal.committee.domain.Proposal;
import ir.portal.committee.domain.ProposalDetails;
import ir.portal.committee.domain.ProposalEdited;
import ir.portal.committee.domain.ProposalFile;
import ir.portal.platform.errors.InvalidInput;
import ir.portal.platform.errors.Problems;
import ir.portal.platform.errors.Refused;
import ir.portal.platform.files.FileIntake;
import ir.portal.platform.files.Upload;
import ir.portal.platform.history.FieldChange;
import ir.portal.platform.history.FieldChanges;
import ir.portal.platform.security.Actor;
import ir.portal.platform.security.CurrentActor;
import ir.portal.platform.security.Requires;
import ir.portal.platform.security.Right;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.logging.Logger;

/**
 * A proposal from its draft to the secretary's screening: the unit drafts it with the service's draft card,
 * changes it while it is a draft or returned, and submits it; the secretary accepts it for an agenda or returns it
 * with questions, which the unit answers by submitting again.
 */
@Stateless
public class Proposals {

    private static final Logger LOG = Logger.getLogger(Proposals.class.getName());

    /** The most files one proposal keeps. */
    static final int MAX_FILES = 20;

    @Inject
    CommitteeRepository committee;

    @Inject
    CatalogService catalog;

    @Inject
    CatalogRepository cards;

    @Inject
    CurrentActor actors;

    @Inject
    ProposalSteps steps;

    @Inject
    Clock clock;

    @Inject
    Event<ProposalEdited> edited;

    @Inject
    FileIntake intake;

    /**
     * Drafts a proposal of the caller's unit with the service's draft card (the catalog's form, filled as far as
     * the unit knows it), which the catalog keeps as PROPOSED.
     */
    @Requires(Right.PROPOSALS_MAKE)
    public long draft(ProposalDetails details, ServiceCardForm card) {
        Actor actor = actors.get();
        OrgUnit unit = actor.unit();
        if (unit == null) {
            throw new Refused(actor + " belongs to no unit and cannot propose");
        }
        ProposalCheck.check(details);
        if (card.getUnitCode() != null && !card.getUnitCode().equals(unit.getCode())) {
            new Problems().add("unitCode", "committee.proposal.own-unit").throwIfAny();
        }
        card.setUnitCode(unit.getCode());
        long cardId = catalog.propose(card);
        Proposal proposal = new Proposal(unit, cards.get(cardId), details, actor.username(), clock.instant());
        committee.add(proposal);
        steps.record(proposal, proposal.drafted(actor.username(), unit.getCode()), actor);
        LOG.info(() -> actor + " drafted proposal " + proposal.getId() + " with card " + cardId);
        return proposal.getId();
    }

    /** Changes what a draft or returned proposal says. */
    @Requires(Right.PROPOSALS_MAKE)
    public void revise(long id, long version, ProposalDetails details) {
        Actor actor = actors.get();
        Proposal proposal = ownUnit(committee.findForChange(id, version), actor);
        ProposalCheck.check(details);
        var before = proposal.details().fields();
        proposal.revise(details);
        committee.flush(proposal);
        edited.fire(new ProposalEdited(id, FieldChanges.between(before, details.fields()), actor));
    }

    /** Sends a draft to the secretary, or a returned proposal back with the unit's answer. */
    @Requires(Right.PROPOSALS_MAKE)
    public void submit(long id, long version, String answer) {
        Actor actor = actors.get();
        Proposal proposal = ownUnit(committee.findForChange(id, version), actor);
        String note = proposal.getStatus() == RETURNED
                ? ProposalCheck.required(answer, "answer")
                : ProposalCheck.optional(answer);
        steps.move(proposal, SUBMITTED, from(DRAFT, RETURNED), note, null, actor);
    }

    /** The secretary accepts a submitted proposal for a meeting's agenda. */
    @Requires(Right.COMMITTEE_SECRETARY)
    public void screen(long id, long version, String note) {
        Proposal proposal = committee.findForChange(id, version);
        steps.move(proposal, SCREENED, from(SUBMITTED), ProposalCheck.optional(note), null, actors.get());
    }

    /** The secretary returns a submitted proposal to its unit with questions. */
    @Requires(Right.COMMITTEE_SECRETARY)
    public void returnToUnit(long id, long version, String questions) {
        Proposal proposal = committee.findForChange(id, version);
        steps.move(
                proposal,
                RETURNED,
                from(SUBMITTED),
                ProposalCheck.required(questions, "questions"),
                null,
                actors.get());
    }

    /**
     * Keeps a file with a proposal, checked by the kernel's intake: the unit's while it may change the proposal, the
     * secretary's until the committee decides.
     */
    @Requires({Right.PROPOSALS_MAKE, Right.COMMITTEE_SECRETARY})
    public long attach(long id, Upload upload) {
        Actor actor = actors.get();
        Proposal proposal = filesOpen(committee.get(id), actor);
        if (committee.files(id).size() >= MAX_FILES) {
            throw InvalidInput.of("file", "committee.file.too-many");
        }
        FileIntake.Checked checked = intake.check(upload, FileIntake.DOCUMENTS);
        if (!checked.accepted()) {
            throw InvalidInput.of("file", checked.problem());
        }
        ProposalFile file = committee.add(
                new ProposalFile(
                        proposal.getId(),
                        checked.storedName(),
                        checked.mediaType(),
                        upload.size(),
                        actor.username(),
                        clock.instant()),
                upload.content());
        edited.fire(new ProposalEdited(id, List.of(new FieldChange("file", null, file.getFileName())), actor));
        return file.getId();
    }

    /** Takes a file off a proposal, by the same rule as {@link #attach}. */
    @Requires({Right.PROPOSALS_MAKE, Right.COMMITTEE_SECRETARY})
    public void removeFile(long fileId) {
        Actor actor = actors.get();
        ProposalFile file = committee.file(fileId);
        filesOpen(committee.get(file.getProposalId()), actor);
        committee.remove(file);
        edited.fire(new ProposalEdited(
                file.getProposalId(), List.of(new FieldChange("file", file.getFileName(), null)), actor));
    }

    /** The proposal, if the caller may change its files now. */
    private static Proposal filesOpen(Proposal proposal, Actor actor) {
        boolean unit = actor.may(Right.PROPOSALS_MAKE) && proposal.getUnit().equals(actor.unit());
        boolean secretary = actor.may(Right.COMMITTEE_SECRETARY);
        if (!unit && !secretary) {
            throw new Refused(actor + " may not change the files of proposal " + proposal.getId());
        }
        boolean open = unit && proposal.getStatus().isEditable()
                || secretary && !proposal.getStatus().isDecided();
        if (!open) {
            throw InvalidInput.of("file", Proposal.NOT_NOW);
        }
        return proposal;
    }

    private static Proposal ownUnit(Proposal proposal, Actor actor) {
        if (!proposal.getUnit().equals(actor.unit())) {
            throw new Refused(actor + " may not change proposal " + proposal.getId() + " of another unit");
        }
        return proposal;
    }
}
