package ir.portal.demo;

import ir.portal.accounts.domain.AccountRepository;
import ir.portal.accounts.domain.OrgUnit;
import ir.portal.catalog.application.ServiceCardForm;
import ir.portal.catalog.domain.CardContent;
import ir.portal.catalog.domain.CatalogRepository;
import ir.portal.catalog.domain.ServiceCard;
import ir.portal.catalog.domain.Vocabulary.ServiceLevel;
import ir.portal.catalog.domain.Vocabulary.ServiceNature;
import ir.portal.catalog.domain.Vocabulary.ServiceType;
import ir.portal.committee.application.MinutesPdf;
import ir.portal.committee.domain.AgendaItem;
import ir.portal.committee.domain.CommitteeRepository;
import ir.portal.committee.domain.Decision;
import ir.portal.committee.domain.DecisionRule;
import ir.portal.committee.domain.Meeting;
import ir.portal.committee.domain.MeetingMinutes;
import ir.portal.committee.domain.Proposal;
import ir.portal.committee.domain.ProposalDetails;
import ir.portal.committee.domain.ProposalReason;
import ir.portal.committee.domain.ProposalStatus;
import ir.portal.committee.domain.ProvisioningTask;
import ir.portal.committee.domain.VoteChoice;
import ir.portal.platform.domain.LocalizedText;
import ir.portal.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.logging.Logger;

/**
 * The committee's demo: two past meetings with their minutes (one with every member present, one with four of
 * five), one to come, and proposals in every state, each with the steps that brought it there.
 */
@ApplicationScoped
class DemoCommittee {

    private static final Logger LOG = Logger.getLogger(DemoCommittee.class.getName());

    private static final VoteChoice A = VoteChoice.APPROVE;
    private static final VoteChoice R = VoteChoice.REJECT;
    private static final VoteChoice X = VoteChoice.ABSTAIN;

    private static final List<String> MEMBERS =
            List.of("committee", "committee2", "committee3", "committee4", "committee5");

    @Inject
    CommitteeRepository committee;

    @Inject
    AccountRepository accounts;

    @Inject
    CatalogRepository cards;

    @Inject
    MinutesPdf minutes;

    private Instant now;

    void load(Instant at) {
        now = at;
        Proposal meterReading = proposal(
                "QOM-1", "اعلام کارکرد کنتور توسط مشترک", "Meter reading by the subscriber", ServiceType.G2C, 90);
        Proposal digging = proposal(
                "QOM-2",
                "مجوز حفاری معابر برای پیمانکاران",
                "Street digging permits for contractors",
                ServiceType.G2B,
                88);
        Proposal temporary = proposal(
                "QOM-1", "انشعاب موقت برای مراسم و نمایشگاه", "Temporary connection for events", ServiceType.G2C, 86);
        Proposal staffFile = proposal("HQ", "پرونده‌ی الکترونیک کارکنان", "Electronic staff file", ServiceType.G2E, 50);
        Proposal outageSms = proposal(
                "QOM-2", "اعلام خاموشی برنامه‌ریزی‌شده با پیامک", "Planned outages by SMS", ServiceType.G2C, 48);
        Proposal debtInquiry = proposal(
                "HQ",
                "استعلام بدهی املاک برای دفاتر اسناد رسمی",
                "Property debt inquiry for notaries",
                ServiceType.G2G,
                20);
        Proposal complaint =
                proposal("QOM-1", "ثبت شکایت از کیفیت برق", "Power quality complaints", ServiceType.G2C, 15);
        Proposal ownerChange =
                proposal("QOM-2", "تغییر نام مالک انشعاب", "Change of the connection's owner", ServiceType.G2C, 10);
        Proposal smartMeter = proposal(
                "QOM-1", "نصب کنتور هوشمند برای مشترکان پرمصرف", "Smart meters for heavy users", ServiceType.G2C, 8);
        proposal("QOM-1", "بازدید کارشناسی برخط", "Online expert visit", ServiceType.G2C, 2);

        for (Proposal p : List.of(
                meterReading,
                digging,
                temporary,
                staffFile,
                outageSms,
                debtInquiry,
                complaint,
                ownerChange,
                smartMeter)) {
            move(p, ProposalStatus.SUBMITTED, p.getProposedBy(), p.getUnit().getCode(), age(p) - 1, null, null);
        }
        move(
                smartMeter,
                ProposalStatus.RETURNED,
                "expert",
                "HQ",
                5,
                "هزینه‌ی هر کنتور و تعداد مشترکان پرمصرف را بنویسید.",
                null);
        for (Proposal p : List.of(meterReading, digging, temporary, staffFile, outageSms, debtInquiry, complaint)) {
            move(p, ProposalStatus.SCREENED, "expert", "HQ", age(p) - 2, null, null);
        }

        Meeting first = meeting(1, 60, MEMBERS, List.of(meterReading, digging, temporary));
        decide(first, 0, List.of(A, A, A, A, X), "اتصال به سامانه‌ی مشترکین پیش از انتشار");
        decide(first, 1, List.of(R, R, A, R, X), null);
        decide(first, 2, List.of(A, R, A, R, X), null);
        close(first, 60);

        Meeting second = meeting(2, 25, MEMBERS.subList(0, 4), List.of(temporary, staffFile, outageSms));
        decide(second, 0, List.of(A, A, A, X), null);
        decide(second, 1, List.of(A, A, R, A), "ابتدا در ستاد آزمایش شود");
        decide(second, 2, List.of(A, R, X, X), null);
        close(second, 25);

        ProvisioningTask done = task(meterReading, 59);
        done.check(
                new ProvisioningTask.Checklist(true, true, false, true, "سرور برنامه و پیوند با پایگاه مشترکین"),
                false);
        move(meterReading, ProposalStatus.PROVISIONING, "operator", "HQ", 50, null, null);
        done.close("operator", at(40));
        move(meterReading, ProposalStatus.PUBLISHED, "operator", "HQ", 40, null, first.getId());
        meterReading.getCard().publishAsDecided("operator", at(40));

        ProvisioningTask started = task(temporary, 24);
        started.check(new ProvisioningTask.Checklist(true, false, false, false, "سرور آماده است"), false);
        move(temporary, ProposalStatus.PROVISIONING, "operator", "HQ", 20, null, null);
        task(staffFile, 24);

        Meeting next = new Meeting(3, at(-6), "سالن جلسات ستاد", "expert");
        committee.add(next);
        committee.add(next.addItem(debtInquiry));
        move(debtInquiry, ProposalStatus.ON_AGENDA, "expert", "HQ", 3, null, next.getId());
        LOG.info("Demo committee loaded: 3 meetings, 10 proposals");
    }

    private Proposal proposal(String unitCode, String titleFa, String titleEn, ServiceType type, int daysAgo) {
        OrgUnit unit = accounts.findUnit(unitCode).orElseThrow();
        ServiceCardForm form = new ServiceCardForm();
        CardContent c = form.getContent();
        c.setTitle(new LocalizedText(titleFa, titleEn));
        c.setDescription(new LocalizedText(titleFa + " بدون مراجعه‌ی حضوری", titleEn + " without a visit"));
        c.setProviderAgency(new LocalizedText(unit.getNameFa(), unit.getNameEn()));
        c.setTypes(EnumSet.of(type));
        c.setNature(ServiceNature.ENTERPRISE);
        c.setLevels(EnumSet.of(ServiceLevel.PROVINCIAL));
        ServiceCard card = ServiceCard.proposed(c, form.getStages(), form.getLinks(), unit, "editor", at(daysAgo));
        cards.add(card);
        ProposalDetails d = new ProposalDetails();
        d.setTitle(titleFa);
        d.setServiceType(type);
        boolean index = daysAgo % 2 == 0;
        d.setReason(index ? ProposalReason.EVALUATION_INDEX : ProposalReason.CITIZEN_DEMAND);
        if (index) {
            d.setIndexName("شاخص ۱۰: گزارش‌های تحلیلی و مدیریتی");
            d.setIndexScore(new BigDecimal("55.00"));
        }
        d.setUsersPerYear(10_000L * (daysAgo + 3));
        d.setVisitsSavedPerYear(6_000L * (daysAgo + 3));
        d.setSummary("مشترکان امروز برای " + titleFa + " به دفتر می‌آیند.");
        String by = unitCode.equals("HQ") ? "expert" : unitCode.equals("QOM-1") ? "editor" : "clerk";
        Proposal p = new Proposal(unit, card, d, by, at(daysAgo));
        committee.add(p);
        committee.add(p.drafted(by, unitCode));
        return p;
    }

    private Meeting meeting(int number, int daysAgo, List<String> present, List<Proposal> agenda) {
        Meeting m = new Meeting(number, at(daysAgo), "سالن جلسات ستاد", "expert");
        committee.add(m);
        for (Proposal p : agenda) {
            committee.add(m.addItem(p));
            move(p, ProposalStatus.ON_AGENDA, "expert", "HQ", daysAgo + 3, null, m.getId());
        }
        m.recordAttendance(present);
        m.open(DecisionRule.of(MEMBERS.size(), 2, 3, Decision.DEFERRED), at(daysAgo));
        return m;
    }

    private void decide(Meeting m, int position, List<VoteChoice> votes, String conditions) {
        AgendaItem item = m.items().get(position);
        List<String> present = MEMBERS.stream().filter(m::isPresent).toList();
        Instant at = m.getStartsAt().plus(Duration.ofMinutes(20L * (position + 1)));
        for (int i = 0; i < votes.size(); i++) {
            committee.add(item.vote(present.get(i), votes.get(i), i == 0 ? "با توجه به شمار مراجعه‌ها" : null, at));
        }
        Decision decision = item.close("expert", conditions, at);
        move(item.getProposal(), decision.status(), "expert", "HQ", at, item.getConditions(), m.getId());
    }

    private void close(Meeting m, int daysAgo) {
        m.close(at(daysAgo).plus(Duration.ofHours(2)));
        committee.flush();
        Map<String, String> names = new TreeMap<>();
        accounts.activeWith(Set.of(Role.COMMITTEE)).forEach(a -> names.put(a.getUsername(), a.getDisplayName()));
        committee.add(new MeetingMinutes(m.getId(), minutes.write(m, names), m.getClosedAt()));
    }

    private ProvisioningTask task(Proposal p, int daysAgo) {
        ProvisioningTask task = new ProvisioningTask(p, at(daysAgo));
        committee.add(task);
        return task;
    }

    private void move(Proposal p, ProposalStatus to, String by, String unit, int daysAgo, String note, Long meeting) {
        move(p, to, by, unit, at(daysAgo), note, meeting);
    }

    private void move(Proposal p, ProposalStatus to, String by, String unit, Instant at, String note, Long meeting) {
        committee.add(p.move(to, EnumSet.allOf(ProposalStatus.class), by, unit, at, note, meeting));
    }

    private int age(Proposal p) {
        return (int) Duration.between(p.getCreatedAt(), now).toDays();
    }

    private Instant at(int daysAgo) {
        return now.minus(Duration.ofDays(daysAgo));
    }
}
