package ir.portal.demo;

import ir.portal.accounts.application.PasswordHasher;
import ir.portal.accounts.domain.Account;
import ir.portal.accounts.domain.AccountRepository;
import ir.portal.accounts.domain.OrgUnit;
import ir.portal.accounts.domain.UnitRepository;
import ir.portal.catalog.domain.CatalogRepository;
import ir.portal.catalog.domain.ServiceCard;
import ir.portal.committee.domain.CommitteeRepository;
import ir.portal.content.domain.ContentItem;
import ir.portal.content.domain.ContentRepository;
import ir.portal.content.domain.PlannedOutage;
import ir.portal.content.domain.SeriesValue;
import ir.portal.content.domain.SiteLink;
import ir.portal.desk.domain.DeskRepository;
import ir.portal.desk.domain.WorkflowDefinition;
import ir.portal.identifiers.NationalId;
import ir.portal.platform.domain.LocalizedText;
import ir.portal.platform.files.FileIntake;
import ir.portal.platform.files.KeptFileView;
import ir.portal.platform.files.KeptFiles;
import ir.portal.platform.files.Upload;
import ir.portal.platform.security.Role;
import ir.portal.platform.time.PortalClock;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Loads the demo unit tree, accounts and service cards once; a server that already has them is left alone.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    /** The password of every demo account; printed by the run command and listed in the README. */
    public static final String DEMO_PASSWORD = "demo1234";

    /**
     * The authenticator secret of every demo staff account (Base32): add it to an authenticator app by hand, as
     * the README says, to sign in as staff. Printed by the run command.
     */
    public static final String DEMO_TOTP_SECRET = "DEMOPORTALSTAFFDEMOPORTALSTAFF23";

    /** The national IDs of the demo citizens, under which their requests are filed. */
    public static final Map<String, String> DEMO_NATIONAL_IDS =
            Map.of("citizen", "0499370899", "citizen2", "0790419904");

    /** One demo account per role: user name, role, display name in Persian, unit code. */
    public static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("citizen", Role.CITIZEN, "مریم احمدی", null),
            new DemoAccount("citizen2", Role.CITIZEN, "رضا کاظمی", null),
            new DemoAccount("editor", Role.EDITOR, "علی رضایی", "QOM-1"),
            new DemoAccount("manager", Role.UNIT_MANAGER, "زهرا کریمی", "QOM-1"),
            new DemoAccount("expert", Role.PORTAL_EXPERT, "حسین موسوی", "HQ"),
            new DemoAccount("officer", Role.CASE_OFFICER, "فاطمه حسینی", "QOM-1"),
            new DemoAccount("clerk", Role.COUNTER_CLERK, "رضا محمدی", "QOM-2"),
            new DemoAccount("committee", Role.COMMITTEE, "محمد جعفری", "HQ"),
            new DemoAccount("committee2", Role.COMMITTEE, "نرگس صادقی", "HQ"),
            new DemoAccount("committee3", Role.COMMITTEE, "امیر تهرانی", "HQ"),
            new DemoAccount("committee4", Role.COMMITTEE, "لیلا مرادی", "QOM-1"),
            new DemoAccount("committee5", Role.COMMITTEE, "بهرام شریفی", "QOM-2"),
            new DemoAccount("operator", Role.IT_OPERATOR, "سارا نوری", "HQ"),
            new DemoAccount("admin", Role.ADMIN, "مدیر سامانه", "HQ"));

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "portal.demo-data", defaultValue = "false")
    private boolean enabled;

    /** Where the run command's mail catcher lists the mail sent to {@code citizen} (the run profile sets it). */
    @Inject
    @ConfigProperty(name = "portal.demo.mail-reader")
    private Optional<String> mailReader;

    @Inject
    private AccountRepository accounts;

    @Inject
    private UnitRepository units;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private CatalogRepository catalog;

    @Inject
    private DeskRepository desk;

    @Inject
    private CommitteeRepository committee;

    @Inject
    private DemoCommittee demoCommittee;

    @Inject
    private ContentRepository content;

    @Inject
    private PortalClock portalClock;

    @Inject
    private KeptFiles files;

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    /** How many more news items to publish for the site search's benchmark (none unless asked). */
    @Inject
    @ConfigProperty(name = "portal.demo.bulk-items", defaultValue = "0")
    private int bulkItems;

    @PostConstruct
    void start() {
        if (!enabled) {
            return;
        }
        if (units.byCode(DemoUnits.LAST).isEmpty()) {
            DemoUnits.place(units);
        }
        loadAccounts();
        identifyDemoAccounts();
        if (catalog.count() == 0) {
            loadCatalog();
        }
        if (desk.activeWorkflows().isEmpty()) {
            loadWorkflows();
        }
        if (committee.lastMeetingNumber() == 0) {
            demoCommittee.load(clock.instant());
        }
        if (content.count(null, null) == 0) {
            List<DemoContent.Demo> items = DemoContent.items(this::unit, clock.instant(), portalClock.today());
            items.forEach(d -> content.add(d.item()));
            em.flush();
            items.stream().filter(d -> d.cover() != null).forEach(this::cover);
            List<ContentItem> featured = items.stream()
                    .filter(DemoContent.Demo::featured)
                    .map(DemoContent.Demo::item)
                    .toList();
            for (int n = 0; n < featured.size(); n++) {
                SiteLink link = SiteLink.featuring(featured.get(n).getId(), n);
                link.set(
                        featured.get(n).getText().getTitle(),
                        new LocalizedText(),
                        "/content/item.xhtml?id=" + featured.get(n).getId(),
                        "expert",
                        clock.instant());
                em.persist(link);
            }
            List<PlannedOutage> outages = DemoContent.outages(this::unit, clock.instant(), portalClock.today());
            outages.forEach(em::persist);
            List<SeriesValue> values =
                    DemoContent.series(this::unit, em::persist, clock.instant(), portalClock.today());
            em.flush();
            values.forEach(em::persist);
            DemoContent.links(clock.instant()).forEach(em::persist);
            em.persist(DemoContent.contact(clock.instant()));
            LOG.info(() -> "Demo content loaded: " + items.size() + " published items, " + outages.size() + " outages, "
                    + values.size() + " statistics values");
        }
        if (bulkItems > 0 && content.count(null, null) < bulkItems) {
            loadBulk();
        }
        int port = 8080 + Integer.getInteger("jboss.socket.binding.port-offset", 0);
        StringBuilder logins = new StringBuilder();
        ACCOUNTS.forEach(a -> logins.append(
                String.format("%n    %-10s %s", a.username(), a.role().roleName())));
        String mail = mailReader
                .map(url -> String.format(
                        "%n  Mail sent to citizen@portal.example: %s (other accounts, IMAP: README)", url))
                .orElse("");
        LOG.info(() -> String.format(
                "%n  Portal: http://localhost:%d/%s%n  Demo accounts (password %s; staff also give the code of an"
                        + " authenticator app with the secret %s):%s",
                port, mail, DEMO_PASSWORD, DEMO_TOTP_SECRET, logins));
    }

    /** Adds the demo accounts the database lacks (later releases added some: a second citizen, committee members). */
    private void loadAccounts() {
        List<DemoAccount> missing = ACCOUNTS.stream()
                .filter(a -> accounts.findByUsername(a.username()).isEmpty())
                .toList();
        if (missing.isEmpty()) {
            return;
        }
        String hash = hasher.hash(DEMO_PASSWORD.toCharArray());
        for (DemoAccount demo : missing) {
            OrgUnit unit = demo.unitCode() == null
                    ? null
                    : accounts.findUnit(demo.unitCode()).orElseThrow();
            accounts.add(new Account(
                    demo.username(),
                    hash,
                    demo.displayName(),
                    demo.username() + "@portal.example",
                    unit,
                    EnumSet.of(demo.role()),
                    clock.instant()));
        }
        LOG.info(() -> "Demo data loaded: " + missing.size() + " accounts");
    }

    /** Staff enrolled with the demo authenticator secret, citizens with their national IDs (the accounts issue). */
    private void identifyDemoAccounts() {
        for (DemoAccount demo : ACCOUNTS) {
            accounts.findByUsername(demo.username()).ifPresent(account -> {
                if (account.isStaff() && account.getTotpSecret() == null) {
                    account.enrolSecondFactor(DEMO_TOTP_SECRET, Set.of());
                }
                String nationalId = DEMO_NATIONAL_IDS.get(demo.username());
                if (nationalId != null && account.getNationalId() == null) {
                    account.identify(new NationalId(nationalId));
                }
            });
        }
    }

    private void loadCatalog() {
        List<ServiceCard> cards = DemoCatalog.cards(unit("HQ"), unit("QOM-1"), unit("QOM-2"), clock.instant());
        cards.forEach(card -> {
            card.publish("demo", clock.instant());
            catalog.add(card);
        });
        catalog.add(DemoCatalog.waterWellLicense(cards.get(cards.size() - 1)));
        catalog.add(DemoCatalog.smartMeterDraft(unit("QOM-2"), clock.instant()));
        LOG.info(() -> "Demo catalog loaded: " + cards.size() + " published service cards and one draft");
    }

    /** The benchmark's news items, written 500 at a time (JDBC batches). */
    /** Keeps the item's painted cover through the kernel's intake, as an editor's upload would be, and names it. */
    private void cover(DemoContent.Demo demo) {
        long id = demo.item().getId();
        byte[] picture = DemoCovers.paint(demo.cover(), id);
        KeptFileView kept = files.keep(
                ContentItem.fileOwner(id),
                new Upload("cover", demo.cover() + ".jpg", picture),
                FileIntake.PICTURES,
                "cover",
                "editor");
        em.createQuery("UPDATE ContentItem i SET i.text.coverId = :cover WHERE i.id = :id")
                .setParameter("cover", kept.id())
                .setParameter("id", id)
                .executeUpdate();
    }

    private void loadBulk() {
        List<OrgUnit> all = accounts.units();
        List<ContentItem> items = DemoContent.bulk(bulkItems, all, clock.instant());
        for (int i = 0; i < items.size(); i++) {
            em.persist(items.get(i));
            if (i % 500 == 499) {
                em.flush();
            }
        }
        em.flush();
        em.clear();
        LOG.info(() -> "Demo content for the benchmark: " + items.size() + " more published news items");
    }

    private void loadWorkflows() {
        Instant now = clock.instant();
        desk.serviceCardTitled("اصلاح سرویس انشعاب")
                .ifPresent(card -> desk.add(new WorkflowDefinition(card, 1, DemoDesk.branchCorrection(), "demo", now)));
        desk.serviceCardTitled("درخواست انشعاب جدید برق")
                .ifPresent(card -> desk.add(new WorkflowDefinition(card, 1, DemoDesk.newBranch(), "demo", now)));
        LOG.info("Demo workflows loaded: correction of branch service, new branch");
    }

    private OrgUnit unit(String code) {
        return accounts.findUnit(code).orElseThrow();
    }

    /** A demo account as listed in the README. */
    public record DemoAccount(String username, Role role, String displayName, String unitCode) {}
}
