package ir.portal.web.committee;

import ir.portal.committee.application.CommitteeQueries;
import ir.portal.committee.application.ProposalFileView;
import ir.portal.committee.application.ProposalView;
import ir.portal.committee.application.Proposals;
import ir.portal.committee.application.ServiceOrigin;
import ir.portal.committee.application.TaskView;
import ir.portal.committee.domain.ProposalStatus;
import ir.portal.platform.errors.InvalidInput;
import ir.portal.platform.files.Upload;
import ir.portal.platform.security.Right;
import ir.portal.web.Ids;
import ir.portal.web.files.FileParts;
import ir.portal.web.i18n.Texts;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * {@code /committee/proposal.xhtml}: a proposal with its draft card, IT's task once approved, and every step it
 * took; the step the caller may take now (submit or answer for the unit, screen or return for the secretary),
 * with the note it needs; the files that go with it, which the unit (while it may change it) and the secretary
 * (until the committee decides) add and remove.
 */
@Named
@ViewScoped
public class ProposalBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Proposals proposals;

    @Inject
    private CommitteeQueries queries;

    @Inject
    @Named("may")
    private Map<String, Boolean> may;

    private String id;
    private ProposalView proposal;
    private TaskView task;
    private ServiceOrigin origin;
    private String note;
    private List<ProposalFileView> files;
    private transient Part file;

    public void load() throws IOException {
        Optional<Long> parsed = Ids.parse(id);
        if (parsed.isEmpty()) {
            Faces.responseSendError(HttpServletResponse.SC_NOT_FOUND, "proposal");
            return;
        }
        proposal = queries.proposal(parsed.get());
        task = queries.taskOf(proposal.id()).orElse(null);
        origin = queries.originOf(proposal.cardId()).orElse(null);
        files = queries.files(proposal.id());
    }

    public String attach() throws IOException {
        Optional<Upload> upload = FileParts.upload("file", file);
        file = null;
        if (upload.isEmpty()) {
            throw InvalidInput.of("file", "desk.file.required");
        }
        proposals.attach(proposal.id(), upload.get());
        return done("committee.fileAttached");
    }

    public String remove(ProposalFileView file) {
        proposals.removeFile(file.id());
        return done("committee.fileRemoved");
    }

    public String submit() {
        proposals.submit(proposal.id(), proposal.version(), note);
        return done("committee.submitted");
    }

    public String screen() {
        proposals.screen(proposal.id(), proposal.version(), note);
        return done("committee.screenedDone");
    }

    public String returnToUnit() {
        proposals.returnToUnit(proposal.id(), proposal.version(), note);
        return done("committee.returnedDone");
    }

    private String done(String key) {
        Messages.addFlashGlobalInfo(Texts.text(key));
        return "/committee/proposal.xhtml?faces-redirect=true&id=" + proposal.id();
    }

    /** The unit's own people may change and submit it while it is a draft or returned. */
    public boolean isMaySubmit() {
        return may.get(Right.PROPOSALS_MAKE.name())
                && proposal.ownUnit()
                && proposal.status().isEditable();
    }

    public boolean isMayScreen() {
        return may.get(Right.COMMITTEE_SECRETARY.name()) && proposal.status() == ProposalStatus.SUBMITTED;
    }

    /** The unit while it may change the proposal, the secretary until the committee decides. */
    public boolean isMayAttach() {
        return isMaySubmit()
                || may.get(Right.COMMITTEE_SECRETARY.name())
                        && !proposal.status().isDecided();
    }

    public boolean isAnswering() {
        return proposal.status() == ProposalStatus.RETURNED;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public ProposalView getProposal() {
        return proposal;
    }

    public TaskView getTask() {
        return task;
    }

    public ServiceOrigin getOrigin() {
        return origin;
    }

    public List<ProposalFileView> getFiles() {
        return files;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
