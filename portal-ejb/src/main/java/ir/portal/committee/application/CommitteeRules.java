package ir.portal.committee.application;

import ir.portal.accounts.domain.Account;
import ir.portal.accounts.domain.AccountRepository;
import ir.portal.committee.domain.Decision;
import ir.portal.committee.domain.DecisionRule;
import ir.portal.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.eclipse.microprofile.config.Config;

/**
 * The committee's members (the active accounts with the committee role) and the decision rule in the settings:
 * {@code portal.committee.quorum}, the share of the members who must be present ({@code 2/3} unless set), and
 * {@code portal.committee.tie}, what a tie decides ({@code DEFERRED} unless set; {@code REJECTED} or
 * {@code APPROVED} otherwise). They are read when a meeting opens, which freezes them for that meeting.
 */
@ApplicationScoped
class CommitteeRules {

    @Inject
    Config config;

    @Inject
    AccountRepository accounts;

    /** The user names of the committee's members. */
    Set<String> members() {
        Set<String> members = new TreeSet<>();
        accounts.activeWith(Set.of(Role.COMMITTEE)).stream()
                .map(Account::getUsername)
                .forEach(members::add);
        return members;
    }

    /** The members' names as people read them, by user name (for the minutes and the meeting's page). */
    Map<String, String> names() {
        Map<String, String> names = new TreeMap<>();
        accounts.activeWith(Set.of(Role.COMMITTEE)).forEach(a -> names.put(a.getUsername(), a.getDisplayName()));
        return names;
    }

    /** The rule as the settings say it now, for a committee of the members it has now. */
    DecisionRule current() {
        String quorum =
                config.getOptionalValue("portal.committee.quorum", String.class).orElse("2/3");
        String[] share = quorum.strip().split("/");
        Decision tie = Decision.valueOf(config.getOptionalValue("portal.committee.tie", String.class)
                .orElse("DEFERRED")
                .strip()
                .toUpperCase(Locale.ROOT));
        return DecisionRule.of(
                members().size(), Integer.parseInt(share[0].strip()), Integer.parseInt(share[1].strip()), tie);
    }
}
