package ir.portal.catalog;

import ir.portal.catalog.application.ServiceCardForm;
import ir.portal.catalog.domain.CardContent;
import ir.portal.catalog.domain.LicenseInquiry;
import ir.portal.catalog.domain.LicenseStep;
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
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

/**
 * Cards for tests: one with every field of the form filled, one with only what is required; and the rows and an
 * inquiry of a license card.
 */
public final class CardSamples {

    private CardSamples() {}

    static ServiceCardForm everyField(String unitCode) {
        String mark = UUID.randomUUID().toString().substring(0, 8);
        ServiceCardForm form = minimal(unitCode, "کارت کامل " + mark, "Complete card " + mark);
        CardContent c = form.getContent();
        c.setNationalServiceId("SID-" + mark);
        c.setParentAgency(new LocalizedText("شرکت توانیر", "Tavanir"));
        c.setTypes(EnumSet.of(ServiceType.G2C, ServiceType.G2B));
        c.setAudiences(EnumSet.of(Audience.HOUSEHOLD_SUBSCRIBERS, Audience.BUSINESSES));
        c.setLevels(EnumSet.of(ServiceLevel.PROVINCIAL, ServiceLevel.URBAN));
        c.setLifeEvents(EnumSet.of(LifeEvent.URBAN_UTILITIES, LifeEvent.OTHER));
        c.setStartTriggers(EnumSet.of(StartTrigger.APPLICANT_REQUEST, StartTrigger.OTHER));
        c.setStartOther(new LocalizedText("اعلام حادثه", "An incident report"));
        c.setInputItems(new LocalizedText("شناسه قبض\nنشانی", "Bill ID\nAddress"));
        c.setDocuments(new LocalizedText("کارت ملی\nسند مالکیت", "National ID card\nTitle deed"));
        c.setLaws(new LocalizedText("برنامه ششم توسعه", "Sixth Development Plan"));
        c.setRecipients(2_000_000L);
        c.setRecipientsPeriod(Period.YEAR);
        c.setAverageDays(5);
        c.setFrequencyCount(1);
        c.setFrequencyPeriod(Period.ONCE);
        c.setInPersonVisits(0);
        c.setCostRials(1_250_000L);
        c.setTariff(new LocalizedText("طبق تعرفه‌های مصوب", "As the approved tariffs say"));
        c.setWebAddress("https://portal.example/services/" + mark);
        c.setSystemName(new LocalizedText("سامانه جامع خدمات مشترکین", "Customer services system"));
        c.setProcesses(new LocalizedText("تکمیل فرم\nتأیید\nانجام کار", "Form\nApproval\nWork done"));
        c.setOutputs(new LocalizedText("کد پیگیری\nتاریخ بازدید", "Tracking code\nVisit date"));
        c.setFilledByName("علی رضایی");
        c.setFilledByPhone("025-3111 2222");
        c.setFilledByEmail("editor@portal.example");
        form.setStages(List.of(
                new StageAccess(
                        Stage.INFORMATION,
                        true,
                        EnumSet.of(Channel.WEBSITE, Channel.SMS),
                        EnumSet.noneOf(InPersonReason.class),
                        EnumSet.noneOf(VisitLevel.class),
                        new LocalizedText()),
                new StageAccess(
                        Stage.REQUEST,
                        true,
                        EnumSet.of(Channel.WEBSITE, Channel.COUNTER_OFFICES),
                        EnumSet.of(InPersonReason.IDENTITY_CHECK),
                        EnumSet.of(VisitLevel.COUNTY),
                        new LocalizedText("قرارداد ۱۲", "Contract 12")),
                new StageAccess(
                        Stage.PRODUCTION,
                        false,
                        EnumSet.noneOf(Channel.class),
                        EnumSet.of(InPersonReason.NO_INFRASTRUCTURE),
                        EnumSet.of(VisitLevel.PROVINCIAL),
                        new LocalizedText()),
                new StageAccess(
                        Stage.DELIVERY,
                        true,
                        EnumSet.of(Channel.EMAIL, Channel.PHONE_CENTER),
                        EnumSet.of(InPersonReason.DOCUMENT_CHECK, InPersonReason.OTHER),
                        EnumSet.of(VisitLevel.NATIONAL),
                        new LocalizedText("تحویل در محل", "Delivered on site"))));
        form.setLinks(List.of(
                new SystemLink(
                        null,
                        new LocalizedText("سامانه جامع خدمات مشتریان", "Customer services system"),
                        new LocalizedText("شناسه قبض، بدهی", "Bill ID, debt"),
                        LinkMode.ONLINE,
                        null,
                        null),
                new SystemLink(
                        new LocalizedText("ثبت احوال", "Civil registry"),
                        new LocalizedText("سامانه استعلام هویت", "Identity inquiry"),
                        new LocalizedText("کد ملی", "National ID"),
                        LinkMode.BATCH,
                        null,
                        5_000L),
                new SystemLink(
                        new LocalizedText("ثبت اسناد و املاک", "Land registry"),
                        new LocalizedText("-", "-"),
                        new LocalizedText("مالکیت", "Ownership"),
                        LinkMode.NOT_ELECTRONIC,
                        InquiryBy.APPLICANT,
                        null)));
        return form;
    }

    public static ServiceCardForm minimal(String unitCode, String titleFa, String titleEn) {
        ServiceCardForm form = new ServiceCardForm();
        form.setUnitCode(unitCode);
        CardContent c = form.getContent();
        c.setTitle(new LocalizedText(titleFa, titleEn));
        c.setDescription(new LocalizedText("شرح " + titleFa, "About " + titleEn));
        c.setProviderAgency(new LocalizedText("شرکت توزیع نیروی برق استان قم", "Qom Electricity Distribution"));
        c.setTypes(EnumSet.of(ServiceType.G2C));
        c.setNature(ServiceNature.ENTERPRISE);
        c.setLevels(EnumSet.of(ServiceLevel.PROVINCIAL));
        return form;
    }

    /** The issue and the cancellation of a license, every field of the first filled in. */
    static List<LicenseStep> licenseSteps() {
        return List.of(
                new LicenseStep(
                        LicenseOperation.ISSUE,
                        new LocalizedText("قانون", "Law"),
                        new LocalizedText("کارت ملی\nسند", "ID card\nDeed"),
                        new LocalizedText("۲ سال", "2 years"),
                        3_000_000L,
                        EnumSet.of(Applicant.NATURAL, Applicant.LEGAL),
                        LicenseProcess.SHARED,
                        new LocalizedText("وزارت نیرو", "Ministry of Energy"),
                        new LocalizedText("۴۵ روز", "45 days"),
                        true,
                        new LocalizedText("یادداشت", "A note")),
                new LicenseStep(
                        LicenseOperation.CANCEL,
                        new LocalizedText("آیین‌نامه", "By-law"),
                        new LocalizedText("درخواست", "Request"),
                        new LocalizedText("", ""),
                        0L,
                        EnumSet.of(Applicant.GOVERNMENT),
                        LicenseProcess.EXCLUSIVE,
                        new LocalizedText(),
                        new LocalizedText("۷ روز", "7 days"),
                        false,
                        new LocalizedText()));
    }

    /** An inquiry to another agency with every field filled in. */
    static List<LicenseInquiry> licenseInquiries() {
        return List.of(new LicenseInquiry(
                new LocalizedText("ثبت اسناد", "Land registry"),
                InquiryKind.NAMED_INQUIRY,
                new LocalizedText("استعلام مالکیت", "Ownership inquiry"),
                new LocalizedText("پلاک ثبتی", "Plot number"),
                new LocalizedText("۳ ماه", "3 months"),
                10_000L,
                new LocalizedText("۲ روز", "2 days"),
                true,
                new LocalizedText("برخط", "Online")));
    }
}
