package ir.portal.committee.application;

import ir.portal.accounts.domain.Account;
import ir.portal.accounts.domain.AccountRepository;
import ir.portal.committee.domain.MeetingChanged;
import ir.portal.committee.domain.Proposal;
import ir.portal.committee.domain.ProposalMoved;
import ir.portal.committee.domain.ProposalStatus;
import ir.portal.committee.domain.ProvisioningChanged;
import ir.portal.i18n.JalaliDate;
import ir.portal.notify.application.Outbox;
import ir.portal.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The committee's mails, queued in the outbox in the transaction of the step and written in each recipient's
 * language: every step of a proposal to its proposer and its unit's managers; a submission to the secretaries; an
 * approval to IT; a scheduled or closed meeting to the members.
 */
@ApplicationScoped
class CommitteeMail {

    private static final String BUNDLE = "ir.portal.committee.mail";

    @Inject
    Outbox outbox;

    @Inject
    AccountRepository accounts;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "portal.base-url", defaultValue = "http://localhost:8080")
    String baseUrl;

    void moved(@Observes ProposalMoved event) {
        Proposal p = event.proposal();
        ProposalStatus to = event.step().getTo();
        if (to == ProposalStatus.DRAFT) {
            return;
        }
        String link = baseUrl + "/committee/proposal.xhtml?id=" + p.getId();
        for (Account a : unitOf(p).values()) {
            String note = event.step().getNote() == null
                    ? ""
                    : text(a, "note", event.step().getNote());
            send(a, "moved", p.getTitle(), text(a, "status." + to), note, link);
        }
        if (to == ProposalStatus.SUBMITTED) {
            for (Account a : accounts.activeWith(Set.of(Role.PORTAL_EXPERT))) {
                String note = event.step().getNote() == null
                        ? ""
                        : text(a, "note", event.step().getNote());
                send(a, "submitted", p.getTitle(), p.getUnit().getCode(), note, link);
            }
        }
    }

    void provisioning(@Observes ProvisioningChanged event) {
        if (event.change() == ProvisioningChanged.Change.OPENED) {
            for (Account a : accounts.activeWith(Set.of(Role.IT_OPERATOR))) {
                send(
                        a,
                        "provisioning",
                        event.task().getProposal().getTitle(),
                        baseUrl + "/committee/provisioning.xhtml");
            }
        }
    }

    void meeting(@Observes MeetingChanged event) {
        String link = baseUrl + "/committee/meeting.xhtml?id=" + event.meeting().getId();
        int number = event.meeting().getNumber();
        switch (event.change()) {
            case SCHEDULED -> {
                var day = event.meeting().getStartsAt().atZone(clock.getZone()).toLocalDate();
                for (Account a : accounts.activeWith(Set.of(Role.COMMITTEE))) {
                    String date = JalaliDate.format(day, locale(a));
                    send(a, "scheduled", number, date, link);
                }
            }
            case CLOSED -> accounts.activeWith(Set.of(Role.COMMITTEE)).forEach(a -> send(a, "closed", number, link));
            default -> {}
        }
    }

    /** The proposer and the managers of the proposing unit, each once. */
    private Map<String, Account> unitOf(Proposal p) {
        Map<String, Account> to = new LinkedHashMap<>();
        accounts.findByUsername(p.getProposedBy()).filter(Account::isActive).ifPresent(a -> to.put(a.getUsername(), a));
        accounts.activeWith(Set.of(Role.UNIT_MANAGER)).stream()
                .filter(a -> p.getUnit().equals(a.getUnit()))
                .forEach(a -> to.putIfAbsent(a.getUsername(), a));
        return to;
    }

    private void send(Account to, String kind, Object... arguments) {
        if (to.getEmail() != null) {
            outbox.queue(to.getEmail(), text(to, kind + ".subject", arguments), text(to, kind + ".body", arguments));
        }
    }

    private static String text(Account to, String key, Object... arguments) {
        Locale locale = locale(to);
        return new MessageFormat(ResourceBundle.getBundle(BUNDLE, locale).getString(key), locale).format(arguments);
    }

    private static Locale locale(Account a) {
        return "en".equals(a.getLanguage()) ? Locale.ENGLISH : Locale.forLanguageTag("fa-IR");
    }
}
