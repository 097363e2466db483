package ir.portal.platform.security;

import java.util.Optional;

/**
 * What a person may do, feature by feature. Services ask for a right ({@link Requires}, {@link Actor#require}),
 * views ask {@code #{may.RIGHT}}, and the landing page after sign-in is the first right in this order that has a
 * landing address. Which role holds which right is {@link Permissions}.
 */
public enum Right {
    /** Manage accounts and their roles. */
    ACCOUNTS_MANAGE("/admin/"),
    /** Schedule, start and watch batch jobs. */
    JOBS_RUN("/admin/jobs.xhtml"),
    /** Open the intranet console. */
    CONSOLE("/admin/"),
    /** Open the committee's area: its members, its secretary, the units that propose and IT. */
    COMMITTEE_AREA("/committee/"),
    /** Have requests of one's own and follow them at {@code /my/}. */
    OWN_REQUESTS("/my/"),

    /** Draft and edit the service cards of one's unit. */
    CARDS_EDIT,
    /** Publish and withdraw the service cards one may edit. */
    CARDS_PUBLISH,
    /** Edit and publish cards of every unit. */
    CARDS_EVERY_UNIT,

    /** Write and edit the content of one's unit's sub-site: news, tenders, laws, pages. */
    CONTENT_EDIT,
    /** Publish, return and archive the content one may edit. */
    CONTENT_PUBLISH,
    /** Edit and publish the content of every unit. */
    CONTENT_EVERY_UNIT,
    /** Keep the portal's own parts: extra menu links, home-page banners and quick links, related links, contact. */
    SITE_EDIT,

    /** Submit a request on a citizen's behalf (a counter office). */
    REQUESTS_SUBMIT_FOR_CITIZEN,
    /** Work the request queue: see the requests waiting for one's roles and take their steps. */
    REQUESTS_WORK,
    /** Work the requests of one's own unit. */
    REQUESTS_OWN_UNIT,
    /** Work requests of every unit while they wait for one's role. */
    REQUESTS_EVERY_UNIT,
    /** Read every request of every unit. */
    REQUESTS_READ_ALL,
    /** Answer for a citizen without an account on the requests one submitted for them. */
    REQUESTS_ANSWER_FOR_CITIZEN,
    /** Edit the workflow definitions of the services. */
    WORKFLOWS_EDIT,
    /** Keep the official holidays. */
    HOLIDAYS_EDIT,
    /**
     * Read the audit log of every feature: who changed what, when and from where. It shows every person's actions
     * across units, so it belongs to whoever answers for the whole portal, not to a unit's staff.
     */
    AUDIT_READ,
    /**
     * Keep the tree of units: add a unit, rename it, change its kind and counter-office details, move it under
     * another. The reports group by these units and the public lists the counter offices from them.
     */
    UNITS_MANAGE,
    /**
     * Watch the outbox (every mail the portal sends, its status and attempts) and put a mail the sender gave up on
     * back in the queue: the people who keep the mail server running and can tell when it is back.
     */
    OUTBOX_MANAGE,

    /** Propose a new e-service for one's unit to the committee, and answer the secretary's questions. */
    PROPOSALS_MAKE,
    /**
     * Act as the committee's secretary: screen proposals, schedule meetings and set their agendas, record who is
     * present, open a meeting and close its items and the meeting itself.
     */
    COMMITTEE_SECRETARY,
    /** Vote on the items of a meeting one attends. */
    COMMITTEE_VOTE,
    /** Provision the services the committee approved and close their tasks, which publishes them. */
    SERVICES_PROVISION;

    private final String landing;

    Right() {
        this(null);
    }

    Right(String landing) {
        this.landing = landing;
    }

    /** Where someone with this right starts after signing in, if the right has such a place. */
    public Optional<String> landing() {
        return Optional.ofNullable(landing);
    }
}
