package ir.portal.committee.domain;

import ir.portal.platform.domain.BaseEntity;
import ir.portal.platform.errors.InvalidInput;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * IT's task for an approved proposal: the infrastructure, the link to the database, the desk workflow attached
 * (where the service takes requests on the desk) and a test; closing it publishes the service.
 */
@Entity
@Table(name = "committee_provisioning")
public class ProvisioningTask extends BaseEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "proposal_id", nullable = false)
    private Proposal proposal;

    @Column(name = "infrastructure", nullable = false)
    private boolean infrastructure;

    @Column(name = "database_link", nullable = false)
    private boolean databaseLink;

    @Column(name = "workflow_attached", nullable = false)
    private boolean workflowAttached;

    @Column(name = "tested", nullable = false)
    private boolean tested;

    @Column(name = "note", length = 4000)
    private String note;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closed_by", length = 100)
    private String closedBy;

    protected ProvisioningTask() {}

    public ProvisioningTask(Proposal proposal, Instant openedAt) {
        this.proposal = proposal;
        this.openedAt = openedAt;
    }

    /**
     * Ticks the checklist as IT reports it. {@code workflowExists} says whether the portal expert has made a desk
     * workflow for the service: only then can it be attached.
     */
    public void check(Checklist checklist, boolean workflowExists) {
        requireOpen();
        if (checklist.workflowAttached() && !workflowExists) {
            throw InvalidInput.of("workflowAttached", "committee.provisioning.no-workflow");
        }
        infrastructure = checklist.infrastructure();
        databaseLink = checklist.databaseLink();
        workflowAttached = checklist.workflowAttached();
        tested = checklist.tested();
        note = checklist.note() == null || checklist.note().isBlank()
                ? null
                : checklist.note().strip();
    }

    /** Closes the task once the infrastructure, the database link and the test are done. */
    public void close(String by, Instant now) {
        requireOpen();
        if (!infrastructure || !databaseLink || !tested) {
            throw InvalidInput.of("checklist", "committee.provisioning.unfinished");
        }
        closedBy = by;
        closedAt = now;
    }

    private void requireOpen() {
        if (isClosed()) {
            throw InvalidInput.of("status", Proposal.NOT_NOW);
        }
    }

    public boolean isClosed() {
        return closedAt != null;
    }

    public Checklist checklist() {
        return new Checklist(infrastructure, databaseLink, workflowAttached, tested, note);
    }

    public Proposal getProposal() {
        return proposal;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public String getClosedBy() {
        return closedBy;
    }

    /** The task's checklist as IT ticks it. */
    public record Checklist(
            boolean infrastructure, boolean databaseLink, boolean workflowAttached, boolean tested, String note) {}
}
