package ir.portal.demo;

import ir.portal.accounts.domain.OrgUnit;
import ir.portal.catalog.domain.CardContent;
import ir.portal.catalog.domain.LicenseCard;
import ir.portal.catalog.domain.LicenseInquiry;
import ir.portal.catalog.domain.LicenseStep;
import ir.portal.catalog.domain.ServiceCard;
import ir.portal.catalog.domain.StageAccess;
import ir.portal.catalog.domain.SystemLink;
import ir.portal.catalog.domain.Vocabulary.Applicant;
import ir.portal.catalog.domain.Vocabulary.Audience;
import ir.portal.catalog.domain.Vocabulary.Channel;
import ir.portal.catalog.domain.Vocabulary.InPersonReason;
import ir.portal.catalog.domain.Vocabulary.InquiryBy;
import ir.portal.catalog.domain.Vocabulary.InquiryKind;
import ir.portal.catalog.domain.Vocabulary.LicenseOperation;
import ir.portal.catalog.domain.Vocabulary.LicenseProcess;
import ir.portal.catalog.domain.Vocabulary.LifeEvent;
import ir.portal.catalog.domain.Vocabulary.LinkMode;
import ir.portal.catalog.domain.Vocabulary.Period;
import ir.portal.catalog.domain.Vocabulary.ServiceLevel;
import ir.portal.catalog.domain.Vocabulary.ServiceNature;
import ir.portal.catalog.domain.Vocabulary.ServiceType;
import ir.portal.catalog.domain.Vocabulary.Stage;
import ir.portal.catalog.domain.Vocabulary.StartTrigger;
import ir.portal.catalog.domain.Vocabulary.VisitLevel;
import ir.portal.platform.domain.LocalizedText;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The demo catalog: the "correction of branch service" card exactly as the national form of seeds/002 fills it
 * in, and five more cards of an electricity and water company.
 */
final class DemoCatalog {

    private static final LocalizedText PROVIDER = new LocalizedText(
            "شرکت‌های توزیع نیروی برق و شرکت‌های برق منطقه‌ای (جمعاً ۵۵ شرکت در سطح ملی)",
            "Electricity distribution companies and regional electricity companies (55 companies nationwide)");
    private static final LocalizedText TAVANIR = new LocalizedText(
            "شرکت توانیر", "Tavanir (Iran Power Generation, " + "Transmission and Distribution Company)");
    private static final LocalizedText TARIFFS = new LocalizedText(
            "مطابق قوانین و تعرفه‌های مصوب صنعت برق",
            "According to the laws and approved tariffs of the electricity industry");

    private DemoCatalog() {}

    /** The cards; the last one is the water-well service, which issues a license. */
    static List<ServiceCard> cards(OrgUnit hq, OrgUnit district1, OrgUnit district2, Instant now) {
        return List.of(
                branchCorrection(district1, now),
                newBranch(district1, now),
                meterChange(district2, now),
                billDuplicate(hq, now),
                outageReport(hq, now),
                waterWellLicense(hq, now));
    }

    private static ServiceCard branchCorrection(OrgUnit unit, Instant now) {
        CardContent c = base(
                "اصلاح سرویس انشعاب",
                "Correction of branch service",
                "مشترکینی که درخواست اصلاح انشعاب آمپری را دارند، می‌توانند به شکل غیرحضوری خدمت خود را دریافت کنند. "
                        + "این خدمت برای سایر مشترکین به شکل غیرحضوری تعریف نشده است.",
                "Subscribers who ask for the correction of an ampere-rated branch can receive the service without "
                        + "coming in person. For other subscribers the service is not offered remotely.");
        c.setLifeEvents(EnumSet.of(LifeEvent.URBAN_UTILITIES, LifeEvent.OTHER));
        c.setLevels(EnumSet.of(ServiceLevel.NATIONAL));
        c.setInputItems(new LocalizedText(
                "شناسه قبض\nاطلاعات مربوط به اصلاح سرویس (مانند تعویض تخته کنتور، پارگی کابل و ...)",
                "Bill ID\nWhat needs correcting (e.g. replacing the meter board, a torn cable, ...)"));
        c.setDocuments(
                new LocalizedText("سند احراز هویت (مانند کارت ملی)", "Proof of identity (e.g. national ID card)"));
        c.setLaws(new LocalizedText(
                "برنامه پنجم، برنامه ششم، نقشه راه توسعه دولت الکترونیک و ...",
                "Fifth and Sixth Development Plans, the e-government roadmap, ..."));
        c.setRecipients(2_000_000L);
        c.setRecipientsPeriod(Period.YEAR);
        c.setAverageDays(5);
        c.setFrequencyCount(1);
        c.setFrequencyPeriod(Period.ONCE);
        c.setSystemName(new LocalizedText(
                "سامانه جامع خدمات مشتریان شرکت‌های زیرمجموعه",
                "Customer services system of the subsidiary companies"));
        c.setProcesses(new LocalizedText("""
                تکمیل فرم و ارائه به دفتر
                تأیید فرم توسط دفتر
                انجام تسویه بدهی
                دریافت کد پیگیری
                ارسال مدارک به شرکت توزیع
                اعلام شرایط فنی و مالی توسط شرکت توزیع به مشترک (از طریق دفتر)
                بایگانی درخواست در صورت عدم موافقت مشترک
                پرداخت هزینه‌ها توسط مشترک
                اعلام تاریخ اصلاح سرویس انشعاب توسط شرکت توزیع
                اصلاح سرویس انشعاب توسط شرکت توزیع""", """
                Fill in the form and hand it to the office
                The office approves the form
                Settle any debt
                Receive the tracking code
                Documents are sent to the distribution company
                The company announces the technical and financial conditions to the subscriber (through the office)
                The request is archived if the subscriber does not accept the conditions
                The subscriber pays the costs
                The company announces the date of the correction
                The company corrects the branch service"""));
        c.setOutputs(new LocalizedText(
                "کد پیگیری\nتاریخ بازدید\nفیش هزینه‌ها\nتاریخ اصلاح سرویس",
                "Tracking code\nVisit date\nPayment slips\nDate of the correction"));
        List<StageAccess> stages = List.of(
                stage(Stage.INFORMATION, true, EnumSet.of(Channel.WEBSITE), Set.of(), Set.of(), t("", "")),
                stage(
                        Stage.REQUEST,
                        true,
                        EnumSet.of(Channel.WEBSITE, Channel.PHONE_CENTER, Channel.COUNTER_OFFICES),
                        Set.of(),
                        Set.of(),
                        t(
                                "هر شرکت در محدوده‌ی خود جداگانه با دفاتر پیشخوان قرارداد بسته است.",
                                "Each company has its own contract with the counter offices of its area.")),
                stage(
                        Stage.PRODUCTION,
                        false,
                        Set.of(),
                        Set.of(),
                        Set.of(),
                        t("مراجعه حضوری نیازی نیست.", "No visit in person is needed.")),
                stage(
                        Stage.DELIVERY,
                        true,
                        EnumSet.of(Channel.WEBSITE, Channel.PHONE_CENTER, Channel.COUNTER_OFFICES),
                        EnumSet.of(
                                InPersonReason.IDENTITY_CHECK,
                                InPersonReason.DOCUMENT_CHECK,
                                InPersonReason.NO_INFRASTRUCTURE),
                        EnumSet.of(VisitLevel.PROVINCIAL, VisitLevel.COUNTY),
                        t("", "")));
        List<SystemLink> links = List.of(
                new SystemLink(
                        null,
                        t(
                                "سامانه جامع خدمات مشتریان شرکت‌های زیرمجموعه",
                                "Customer services system of the subsidiary companies"),
                        t("شناسه قبض، بدهی مشترک", "Bill ID, the subscriber's debt"),
                        LinkMode.ONLINE,
                        null,
                        null),
                new SystemLink(
                        t("ثبت احوال", "National Organization for Civil Registration"),
                        null,
                        t("احراز هویت", "Identity check"),
                        LinkMode.NOT_ELECTRONIC,
                        InquiryBy.AGENCY,
                        null),
                new SystemLink(
                        t("پست (کد پستی)", "Iran Post (postal codes)"),
                        t("GNAF", "GNAF"),
                        t("تعیین محل", "Location"),
                        LinkMode.NOT_ELECTRONIC,
                        InquiryBy.AGENCY,
                        null),
                new SystemLink(
                        t("ثبت شرکت‌ها", "Companies Registration Office"),
                        null,
                        t("احراز هویت اشخاص حقوقی", "Identity of legal persons"),
                        LinkMode.NOT_ELECTRONIC,
                        InquiryBy.AGENCY,
                        null),
                new SystemLink(
                        t("ثبت اسناد و املاک", "Deeds and Property Registration Organization"),
                        null,
                        t("احراز مالک / مصرف‌کننده", "Owner or consumer check"),
                        LinkMode.NOT_ELECTRONIC,
                        InquiryBy.APPLICANT,
                        null));
        return ServiceCard.draft(c, stages, links, unit, "demo", now);
    }

    private static ServiceCard newBranch(OrgUnit unit, Instant now) {
        CardContent c = base(
                "درخواست انشعاب جدید برق",
                "New electricity branch",
                "واگذاری انشعاب برق برای ساختمان‌های نوساز، کارگاه‌ها و واحدهای تجاری پس از بازدید و پرداخت هزینه.",
                "Connection of a new building, workshop or shop to the grid after a site visit and payment.");
        c.setTypes(EnumSet.of(ServiceType.G2C, ServiceType.G2B));
        c.setAudiences(EnumSet.of(Audience.GENERAL_PUBLIC, Audience.BUSINESSES, Audience.CONTRACTORS));
        c.setLifeEvents(EnumSet.of(LifeEvent.URBAN_UTILITIES, LifeEvent.PROPERTY_REGISTRATION));
        c.setInputItems(new LocalizedText(
                "کد ملی متقاضی\nنشانی و کد پستی محل\nقدرت درخواستی (آمپر)",
                "Applicant's national ID\nAddress and postal code\nRequested capacity (amperes)"));
        c.setDocuments(new LocalizedText(
                "کارت ملی\nسند مالکیت یا اجاره‌نامه\nپروانه ساختمان یا پایان کار",
                "National ID card\nTitle deed or lease\nBuilding permit or completion certificate"));
        c.setAverageDays(12);
        c.setRecipients(150_000L);
        c.setRecipientsPeriod(Period.YEAR);
        c.setInPersonVisits(1);
        c.setProcesses(new LocalizedText(
                "ثبت درخواست\nبازدید فنی\nصدور صورت‌حساب\nپرداخت\nنصب انشعاب و کنتور",
                "Request\nTechnical visit\nBill of costs\nPayment\nBranch and meter installed"));
        c.setOutputs(
                new LocalizedText("کد پیگیری\nتاریخ بازدید\nشناسه قبض جدید", "Tracking code\nVisit date\nNew bill ID"));
        return ServiceCard.draft(c, standardStages(), List.of(), unit, "demo", now);
    }

    private static ServiceCard meterChange(OrgUnit unit, Instant now) {
        CardContent c = base(
                "تعویض کنتور",
                "Change of meter",
                "تعویض کنتور خراب، سوخته یا قدیمی و نصب کنتور هوشمند به درخواست مشترک یا تشخیص شرکت.",
                "Replacement of a broken, burnt or old meter, or a smart meter, at the subscriber's request or the "
                        + "company's decision.");
        c.setStartTriggers(EnumSet.of(StartTrigger.APPLICANT_REQUEST, StartTrigger.AGENCY_DECISION));
        c.setInputItems(new LocalizedText("شناسه قبض\nعلت تعویض", "Bill ID\nReason for the change"));
        c.setDocuments(new LocalizedText("کارت ملی", "National ID card"));
        c.setAverageDays(7);
        return ServiceCard.draft(c, standardStages(), List.of(), unit, "demo", now);
    }

    private static ServiceCard billDuplicate(OrgUnit unit, Instant now) {
        CardContent c = base(
                "صدور المثنی قبض",
                "Bill duplicate",
                "دریافت نسخه‌ی دوم قبض برق دوره‌ی جاری یا دوره‌های گذشته به صورت الکترونیکی.",
                "A second copy of the current or a past electricity bill, electronically.");
        c.setAudiences(EnumSet.of(Audience.HOUSEHOLD_SUBSCRIBERS, Audience.BUSINESSES, Audience.AGRICULTURE));
        c.setLevels(EnumSet.of(ServiceLevel.NATIONAL));
        c.setInputItems(new LocalizedText("شناسه قبض یا شماره اشتراک", "Bill ID or account number"));
        c.setDocuments(new LocalizedText("", ""));
        c.setAverageDays(0);
        c.setCostRials(0L);
        c.setWebAddress("https://portal.example/bills");
        return ServiceCard.draft(c, electronicStages(), List.of(), unit, "demo", now);
    }

    private static ServiceCard outageReport(OrgUnit unit, Instant now) {
        CardContent c = base(
                "اعلام خاموشی و حوادث برق",
                "Outage report",
                "گزارش قطع برق، سیم پاره یا خطر برق‌گرفتگی به مرکز حوادث ۱۲۱ و پیگیری رفع آن.",
                "Report a power cut, a broken wire or an electrocution hazard to the 121 incident centre and follow "
                        + "its repair.");
        c.setStartTriggers(EnumSet.of(StartTrigger.SPECIFIC_EVENT));
        c.setAudiences(EnumSet.of(Audience.GENERAL_PUBLIC));
        c.setInputItems(new LocalizedText("نشانی یا شناسه قبض\nشرح حادثه", "Address or bill ID\nWhat happened"));
        c.setAverageDays(1);
        c.setCostRials(0L);
        return ServiceCard.draft(c, electronicStages(), List.of(), unit, "demo", now);
    }

    private static ServiceCard waterWellLicense(OrgUnit unit, Instant now) {
        CardContent c = base(
                "صدور پروانه حفر چاه آب کشاورزی",
                "Agricultural water-well license",
                "صدور پروانه حفر و بهره‌برداری از چاه آب کشاورزی پس از بررسی وضعیت آبخوان و بازدید کارشناسی.",
                "A license to drill and use an agricultural water well, after the aquifer is assessed and an expert "
                        + "visits the site.");
        c.setProviderAgency(new LocalizedText("شرکت آب منطقه‌ای قم", "Qom Regional Water Company"));
        c.setParentAgency(new LocalizedText("شرکت مدیریت منابع آب ایران", "Iran Water Resources Management Company"));
        c.setNature(ServiceNature.SOVEREIGN);
        c.setTypes(EnumSet.of(ServiceType.G2C, ServiceType.G2B));
        c.setAudiences(EnumSet.of(Audience.AGRICULTURE));
        c.setLevels(EnumSet.of(ServiceLevel.PROVINCIAL, ServiceLevel.RURAL));
        c.setLifeEvents(EnumSet.of(LifeEvent.BUSINESS, LifeEvent.PROPERTY_REGISTRATION));
        c.setDocuments(new LocalizedText(
                "سند مالکیت زمین\nنقشه محل چاه\nکارت ملی",
                "Land title deed\nMap of the well site" + "\nNational ID card"));
        c.setLaws(new LocalizedText("قانون توزیع عادلانه آب", "Law on the Fair Distribution of Water"));
        c.setAverageDays(45);
        c.setInPersonVisits(2);
        return ServiceCard.draft(
                c,
                standardStages(),
                List.of(new SystemLink(
                        t("ثبت اسناد و املاک", "Deeds and Property Registration Organization"),
                        null,
                        t("مالکیت زمین", "Land ownership"),
                        LinkMode.ONLINE,
                        null,
                        null)),
                unit,
                "demo",
                now);
    }

    /** A card still in draft: the unit manager of district 2 has it to review; visitors never see it. */
    static ServiceCard smartMeterDraft(OrgUnit unit, Instant now) {
        CardContent c = base(
                "نصب کنتور هوشمند",
                "Smart meter installation",
                "نصب کنتور هوشمند برای مشترکان پرمصرف به درخواست مشترک.",
                "A smart meter for high-consumption subscribers, at the subscriber's request.");
        c.setAverageDays(10);
        return ServiceCard.draft(c, standardStages(), List.of(), unit, "demo", now);
    }

    /** The license identity card of the water-well service (forms 1 and 2 of seeds/002). */
    static LicenseCard waterWellLicense(ServiceCard wellService) {
        LocalizedText legal = new LocalizedText(
                "قانون توزیع عادلانه آب، ماده ۵ و آیین‌نامه‌ی اجرایی آن",
                "Law on the Fair Distribution of Water, article 5, and its by-law");
        Set<Applicant> anyone = EnumSet.of(Applicant.NATURAL, Applicant.LEGAL);
        List<LicenseStep> steps = List.of(
                new LicenseStep(
                        LicenseOperation.ISSUE,
                        legal,
                        new LocalizedText(
                                "سند مالکیت زمین\nنقشه محل چاه\nکارت ملی",
                                "Land title deed\nMap of the well site\nNational ID card"),
                        new LocalizedText("۲ سال برای حفر", "2 years to drill"),
                        3_500_000L,
                        anyone,
                        LicenseProcess.SHARED,
                        t("وزارت نیرو؛ سازمان بازرسی", "Ministry of Energy; General Inspection Organization"),
                        t("۴۵ روز", "45 days"),
                        true,
                        t("", "")),
                new LicenseStep(
                        LicenseOperation.RENEW,
                        legal,
                        new LocalizedText(
                                "پروانه قبلی\nگزارش کنتور هوشمند", "The previous license\nSmart meter report"),
                        new LocalizedText("۵ سال", "5 years"),
                        1_200_000L,
                        anyone,
                        LicenseProcess.EXCLUSIVE,
                        t("وزارت نیرو", "Ministry of Energy"),
                        t("۱۵ روز", "15 days"),
                        true,
                        t("", "")),
                new LicenseStep(
                        LicenseOperation.MODIFY,
                        legal,
                        new LocalizedText(
                                "پروانه فعلی\nدرخواست تغییر مشخصات", "Current license\nRequest to change its terms"),
                        new LocalizedText("تا پایان اعتبار پروانه", "Until the license expires"),
                        800_000L,
                        anyone,
                        LicenseProcess.EXCLUSIVE,
                        t("وزارت نیرو", "Ministry of Energy"),
                        t("۲۰ روز", "20 days"),
                        false,
                        t("تغییر دبی یا عمق نیاز به بازدید دارد.", "A change of flow or depth needs a site visit.")),
                new LicenseStep(
                        LicenseOperation.CANCEL,
                        legal,
                        new LocalizedText("درخواست کتبی", "A written request"),
                        new LocalizedText("", ""),
                        0L,
                        EnumSet.of(Applicant.NATURAL, Applicant.LEGAL, Applicant.GOVERNMENT),
                        LicenseProcess.EXCLUSIVE,
                        t("", ""),
                        t("۷ روز", "7 days"),
                        false,
                        t("", "")));
        List<LicenseInquiry> inquiries = List.of(
                new LicenseInquiry(
                        t("سازمان ثبت اسناد و املاک", "Deeds and Property Registration Organization"),
                        InquiryKind.NAMED_INQUIRY,
                        t("استعلام مالکیت زمین", "Land ownership inquiry"),
                        t("شماره پلاک ثبتی", "Registered plot number"),
                        t("۳ ماه", "3 months"),
                        0L,
                        t("۲ روز", "2 days"),
                        true,
                        t("", "")),
                new LicenseInquiry(
                        t("سازمان جهاد کشاورزی استان", "Provincial Agriculture Organization"),
                        InquiryKind.OTHER,
                        t("تأیید کاربری کشاورزی زمین", "Confirmation of agricultural land use"),
                        t("سند مالکیت", "Title deed"),
                        t("۶ ماه", "6 months"),
                        0L,
                        t("۱۰ روز", "10 days"),
                        false,
                        t("نامه‌نگاری اداری", "By official letter")));
        return new LicenseCard(
                wellService,
                new LocalizedText(
                        "پروانه حفر و بهره‌برداری چاه آب کشاورزی",
                        "License to drill and use an agricultural water well"),
                steps,
                inquiries);
    }

    private static CardContent base(String titleFa, String titleEn, String descriptionFa, String descriptionEn) {
        CardContent c = new CardContent();
        c.setTitle(new LocalizedText(titleFa, titleEn));
        c.setDescription(new LocalizedText(descriptionFa, descriptionEn));
        c.setProviderAgency(PROVIDER);
        c.setParentAgency(TAVANIR);
        c.setTypes(EnumSet.of(ServiceType.G2C));
        c.setAudiences(EnumSet.of(Audience.HOUSEHOLD_SUBSCRIBERS));
        c.setNature(ServiceNature.ENTERPRISE);
        c.setLevels(EnumSet.of(ServiceLevel.PROVINCIAL, ServiceLevel.URBAN));
        c.setLifeEvents(EnumSet.of(LifeEvent.URBAN_UTILITIES));
        c.setStartTriggers(EnumSet.of(StartTrigger.APPLICANT_REQUEST));
        c.setTariff(TARIFFS);
        c.setInPersonVisits(0);
        c.setFrequencyCount(1);
        c.setFrequencyPeriod(Period.ONCE);
        return c;
    }

    private static List<StageAccess> standardStages() {
        return List.of(
                stage(Stage.INFORMATION, true, EnumSet.of(Channel.WEBSITE, Channel.SMS), Set.of(), Set.of(), t("", "")),
                stage(
                        Stage.REQUEST,
                        true,
                        EnumSet.of(Channel.WEBSITE, Channel.COUNTER_OFFICES),
                        Set.of(),
                        Set.of(),
                        t("", "")),
                stage(
                        Stage.PRODUCTION,
                        false,
                        Set.of(),
                        EnumSet.of(InPersonReason.DOCUMENT_CHECK),
                        EnumSet.of(VisitLevel.COUNTY),
                        t("", "")),
                stage(Stage.DELIVERY, true, EnumSet.of(Channel.WEBSITE, Channel.SMS), Set.of(), Set.of(), t("", "")));
    }

    private static List<StageAccess> electronicStages() {
        return List.of(
                stage(Stage.INFORMATION, true, EnumSet.of(Channel.WEBSITE), Set.of(), Set.of(), t("", "")),
                stage(
                        Stage.REQUEST,
                        true,
                        EnumSet.of(Channel.WEBSITE, Channel.PHONE_CENTER, Channel.MOBILE_APP),
                        Set.of(),
                        Set.of(),
                        t("", "")),
                stage(Stage.PRODUCTION, true, EnumSet.of(Channel.WEBSITE), Set.of(), Set.of(), t("", "")),
                stage(
                        Stage.DELIVERY,
                        true,
                        EnumSet.of(Channel.WEBSITE, Channel.SMS, Channel.EMAIL),
                        Set.of(),
                        Set.of(),
                        null));
    }

    private static StageAccess stage(
            Stage stage,
            boolean electronic,
            Set<Channel> channels,
            Set<InPersonReason> reasons,
            Set<VisitLevel> levels,
            LocalizedText note) {
        return new StageAccess(stage, electronic, channels, reasons, levels, note);
    }

    private static LocalizedText t(String fa, String en) {
        return new LocalizedText(fa, en);
    }
}
