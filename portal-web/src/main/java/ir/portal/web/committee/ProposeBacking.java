package ir.portal.web.committee;

import ir.portal.catalog.application.ServiceCardForm;
import ir.portal.catalog.domain.Vocabulary.Period;
import ir.portal.catalog.domain.Vocabulary.ServiceLevel;
import ir.portal.catalog.domain.Vocabulary.ServiceNature;
import ir.portal.catalog.domain.Vocabulary.ServiceType;
import ir.portal.committee.application.CommitteeQueries;
import ir.portal.committee.application.ProposalView;
import ir.portal.committee.application.Proposals;
import ir.portal.committee.domain.ProposalDetails;
import ir.portal.committee.domain.ProposalReason;
import ir.portal.platform.domain.LocalizedText;
import ir.portal.web.Ids;
import ir.portal.web.i18n.Texts;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.Optional;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * {@code /committee/propose.xhtml}: a new proposal with the essentials of its draft card (the rest of the card is
 * filled in the catalog's own editor), or the changes to a draft or returned one. A refused save keeps what was
 * typed and names each field in trouble.
 */
@Named
@ViewScoped
public class ProposeBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Proposals proposals;

    @Inject
    private CommitteeQueries queries;

    private String id;
    private Long proposalId;
    private long version;
    private ProposalDetails details = new ProposalDetails();
    private ServiceCardForm card = new ServiceCardForm();

    public void load() throws IOException {
        details.setReason(ProposalReason.CITIZEN_DEMAND);
        details.setServiceType(ServiceType.G2C);
        card.getContent().setNature(ServiceNature.ENTERPRISE);
        card.getContent().setLevels(EnumSet.of(ServiceLevel.PROVINCIAL));
        card.getContent().setTitle(new LocalizedText());
        card.getContent().setDescription(new LocalizedText());
        card.getContent().setProviderAgency(new LocalizedText());
        if (id == null || id.isBlank()) {
            return;
        }
        Optional<Long> parsed = Ids.parse(id);
        if (parsed.isEmpty()) {
            Faces.responseSendError(HttpServletResponse.SC_NOT_FOUND, "proposal");
            return;
        }
        ProposalView view = queries.proposal(parsed.get());
        proposalId = view.id();
        version = view.version();
        details = view.details();
    }

    public String save() {
        long saved;
        if (proposalId == null) {
            card.getContent().getTitle().setFa(details.getTitle());
            card.getContent()
                    .setTypes(
                            details.getServiceType() == null
                                    ? EnumSet.noneOf(ServiceType.class)
                                    : EnumSet.of(details.getServiceType()));
            card.getContent().setRecipients(details.getUsersPerYear());
            card.getContent().setRecipientsPeriod(details.getUsersPerYear() == null ? null : Period.YEAR);
            saved = proposals.draft(details, card);
        } else {
            proposals.revise(proposalId, version, details);
            saved = proposalId;
        }
        Messages.addFlashGlobalInfo(Texts.text("committee.saved"));
        return "/committee/proposal.xhtml?faces-redirect=true&id=" + saved;
    }

    public boolean isNew() {
        return proposalId == null;
    }

    public ServiceType[] getServiceTypes() {
        return ServiceType.values();
    }

    public ProposalReason[] getReasons() {
        return ProposalReason.values();
    }

    public ServiceNature[] getNatures() {
        return ServiceNature.values();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public Long getProposalId() {
        return proposalId;
    }

    public ProposalDetails getDetails() {
        return details;
    }

    public ServiceCardForm getCard() {
        return card;
    }
}
