package ir.portal.demo;

import ir.portal.desk.domain.DocumentSlot;
import ir.portal.desk.domain.FieldKind;
import ir.portal.desk.domain.FormField;
import ir.portal.desk.domain.Outcome;
import ir.portal.desk.domain.StageOutput;
import ir.portal.desk.domain.UnitScope;
import ir.portal.desk.domain.WorkflowDraft;
import ir.portal.desk.domain.WorkflowStage;
import ir.portal.desk.domain.WorkflowTransition;
import ir.portal.platform.domain.LocalizedText;
import ir.portal.platform.security.Role;
import java.util.List;

/**
 * The demo workflows. The correction of branch service runs the ten steps of seeds/002 as written: the office
 * approves the form, the debt is settled, the tracking code, the documents go to the company, the company
 * announces the conditions, the request is archived if the subscriber declines, payment, the date, the work.
 * The new branch request runs a different flow (review, a question to the applicant, answer or refusal), so
 * nothing is wired to one service.
 */
public final class DemoDesk {

    private DemoDesk() {}

    public static WorkflowDraft branchCorrection() {
        List<WorkflowStage> stages = List.of(
                stage(
                        "office-review",
                        "بررسی فرم در دفتر",
                        "Form under review at the office",
                        "فرم شما به دفتر پیشخوان رسیده است و پس از تأیید، بدهی شما اعلام می‌شود.",
                        "Your form has reached the counter office; once approved, any debt will be announced.",
                        1,
                        false,
                        null),
                stage(
                        "debt-settlement",
                        "تسویه بدهی",
                        "Debt settlement",
                        "لطفاً بدهی اشتراک خود را تسویه کنید؛ تا آن زمان مهلت پاسخ متوقف است.",
                        "Please settle the debt of your account; the deadline is paused until then.",
                        5,
                        true,
                        null),
                stage(
                        "tracking-code",
                        "دریافت کد پیگیری",
                        "Tracking code",
                        "بدهی تسویه شد؛ کد پیگیری شرکت توزیع برای درخواست شما صادر می‌شود.",
                        "The debt is settled; the distribution company registers your request.",
                        1,
                        false,
                        null),
                stage(
                        "documents",
                        "ارسال مدارک به شرکت توزیع",
                        "Documents to the distribution company",
                        "مدارک شما از دفتر به شرکت توزیع فرستاده می‌شود.",
                        "The office is sending your documents to the distribution company.",
                        1,
                        false,
                        null),
                stage(
                        "technical-review",
                        "بررسی فنی و مالی",
                        "Technical and financial review",
                        "شرکت توزیع شرایط فنی و هزینه‌ی اصلاح را بررسی می‌کند.",
                        "The company is working out the technical conditions and the cost.",
                        2,
                        false,
                        null),
                stage(
                        "citizen-decision",
                        "اعلام شرایط به مشترک",
                        "Conditions announced",
                        "شرایط فنی و مالی اعلام شد. اگر موافقید «پذیرش شرایط» را بزنید؛ در غیر این صورت درخواست بایگانی می‌شود.",
                        "The technical and financial conditions are announced. Accept them to go on; otherwise the "
                                + "request is archived.",
                        5,
                        true,
                        null),
                stage(
                        "payment",
                        "پرداخت هزینه‌ها",
                        "Payment",
                        "هزینه را با شناسه‌ی قبض و شناسه‌ی پرداخت در هر بانک یا درگاه پرداخت کنید.",
                        "Pay the cost with the bill ID and payment ID at any bank or payment app.",
                        5,
                        true,
                        null),
                stage(
                        "scheduling",
                        "تعیین تاریخ اصلاح",
                        "Scheduling the correction",
                        "پرداخت تأیید شد؛ شرکت توزیع تاریخ اصلاح سرویس را اعلام می‌کند.",
                        "Payment confirmed; the company will announce the date of the correction.",
                        2,
                        false,
                        null),
                stage(
                        "work",
                        "اصلاح سرویس انشعاب",
                        "Correcting the branch service",
                        "در تاریخ اعلام‌شده مأموران شرکت برای اصلاح سرویس مراجعه می‌کنند.",
                        "The company's crew will come on the announced date to correct the branch.",
                        5,
                        false,
                        null),
                stage(
                        "completed",
                        "انجام شد",
                        "Completed",
                        "سرویس انشعاب شما اصلاح شد.",
                        "Your branch service has been corrected.",
                        null,
                        false,
                        Outcome.COMPLETED),
                stage(
                        "archived",
                        "بایگانی شد",
                        "Archived",
                        "درخواست به دلیل عدم موافقت با شرایط بایگانی شد.",
                        "The request was archived because the conditions were not accepted.",
                        null,
                        false,
                        Outcome.ARCHIVED));
        List<WorkflowTransition> transitions = List.of(
                step(
                                "approve-form",
                                "office-review",
                                "debt-settlement",
                                "تأیید فرم توسط دفتر",
                                "The office approves the form",
                                Role.COUNTER_CLERK,
                                UnitScope.ANY,
                                null)
                        .needing(false, false, false, false),
                step(
                        "debt-settled",
                        "debt-settlement",
                        "tracking-code",
                        "تأیید تسویه‌ی بدهی",
                        "Debt settlement confirmed",
                        Role.COUNTER_CLERK,
                        UnitScope.ANY,
                        null),
                step(
                        "issue-code",
                        "tracking-code",
                        "documents",
                        "صدور کد پیگیری",
                        "Tracking code issued",
                        Role.COUNTER_CLERK,
                        UnitScope.ANY,
                        StageOutput.TRACKING_CODE),
                step(
                        "send-documents",
                        "documents",
                        "technical-review",
                        "ارسال مدارک به شرکت توزیع",
                        "Documents sent to the company",
                        Role.COUNTER_CLERK,
                        UnitScope.ANY,
                        null),
                step(
                                "announce-conditions",
                                "technical-review",
                                "citizen-decision",
                                "اعلام شرایط فنی و مالی",
                                "Technical and financial conditions announced",
                                Role.CASE_OFFICER,
                                UnitScope.REQUEST_UNIT,
                                StageOutput.PAYMENT_SLIP)
                        .needing(true, false, true, false),
                step(
                        "accept-conditions",
                        "citizen-decision",
                        "payment",
                        "پذیرش شرایط",
                        "Conditions accepted",
                        Role.CITIZEN,
                        UnitScope.REQUEST_UNIT,
                        null),
                step(
                        "decline-conditions",
                        "citizen-decision",
                        "archived",
                        "عدم موافقت با شرایط",
                        "Conditions declined",
                        Role.CITIZEN,
                        UnitScope.REQUEST_UNIT,
                        null),
                step(
                                "confirm-payment",
                                "payment",
                                "scheduling",
                                "تأیید پرداخت هزینه‌ها",
                                "Payment confirmed",
                                Role.CASE_OFFICER,
                                UnitScope.REQUEST_UNIT,
                                StageOutput.PAYMENT_CONFIRMED)
                        .needing(true, false, false, false),
                step(
                                "announce-date",
                                "scheduling",
                                "work",
                                "اعلام تاریخ اصلاح سرویس",
                                "Date of the correction announced",
                                Role.CASE_OFFICER,
                                UnitScope.REQUEST_UNIT,
                                StageOutput.VISIT_DATE)
                        .needing(false, true, false, false),
                step(
                                "complete",
                                "work",
                                "completed",
                                "اصلاح سرویس انشعاب",
                                "Branch service corrected",
                                Role.CASE_OFFICER,
                                UnitScope.REQUEST_UNIT,
                                StageOutput.WORK_DATE)
                        .needing(true, true, false, false));
        List<FormField> fields = List.of(
                new FormField("bill", t("شناسه قبض", "Bill ID"), FieldKind.BILL_ID, true),
                new FormField(
                        "problem",
                        t(
                                "اطلاعات مربوط به اصلاح سرویس (مانند تعویض تخته کنتور، پارگی کابل و ...)",
                                "What needs correcting (e.g. replacing the meter board, a torn cable, ...)"),
                        FieldKind.LONG_TEXT,
                        true),
                new FormField(
                        "postal-code",
                        t("کد پستی محل انشعاب", "Postal code of the premises"),
                        FieldKind.POSTAL_CODE,
                        false));
        List<DocumentSlot> documents = List.of(
                new DocumentSlot(
                        "identity",
                        t("سند احراز هویت (مانند کارت ملی)", "Proof of identity (e.g. national ID card)"),
                        true),
                new DocumentSlot("photo", t("عکس محل انشعاب", "Photo of the branch"), false));
        return new WorkflowDraft("office-review", stages, transitions, fields, documents);
    }

    public static WorkflowDraft newBranch() {
        List<WorkflowStage> stages = List.of(
                stage(
                        "review",
                        "بررسی درخواست",
                        "Under review",
                        "کارشناس امور درخواست شما را بررسی می‌کند.",
                        "An officer is reviewing your request.",
                        5,
                        false,
                        null),
                stage(
                        "awaiting-applicant",
                        "منتظر پاسخ متقاضی",
                        "Waiting for your reply",
                        "کارشناس پرسشی دارد؛ لطفاً در بخش پیام‌ها پاسخ دهید و «ارسال پاسخ» را بزنید.",
                        "The officer has a question; please answer in the messages and press \"Send reply\".",
                        10,
                        true,
                        null),
                stage(
                        "answered",
                        "پاسخ داده شد",
                        "Answered",
                        "پاسخ درخواست شما صادر شد.",
                        "Your request has been answered.",
                        null,
                        false,
                        Outcome.COMPLETED),
                stage(
                        "refused",
                        "رد شد",
                        "Refused",
                        "درخواست شما پذیرفته نشد؛ دلیل در پاسخ آمده است.",
                        "Your request was not accepted; the answer gives the reason.",
                        null,
                        false,
                        Outcome.REJECTED));
        List<WorkflowTransition> transitions = List.of(
                step(
                                "ask-applicant",
                                "review",
                                "awaiting-applicant",
                                "درخواست توضیح از متقاضی",
                                "Ask the applicant",
                                Role.CASE_OFFICER,
                                UnitScope.REQUEST_UNIT,
                                null)
                        .needing(true, false, false, false),
                step(
                                "reply",
                                "awaiting-applicant",
                                "review",
                                "ارسال پاسخ",
                                "Send reply",
                                Role.CITIZEN,
                                UnitScope.REQUEST_UNIT,
                                null)
                        .needing(true, false, false, false),
                step(
                                "answer",
                                "review",
                                "answered",
                                "صدور پاسخ",
                                "Answer",
                                Role.CASE_OFFICER,
                                UnitScope.REQUEST_UNIT,
                                StageOutput.ANSWER)
                        .needing(true, false, false, false),
                step(
                                "refuse",
                                "review",
                                "refused",
                                "رد درخواست",
                                "Refuse",
                                Role.CASE_OFFICER,
                                UnitScope.REQUEST_UNIT,
                                StageOutput.ANSWER)
                        .needing(true, false, false, false));
        List<FormField> fields = List.of(
                new FormField("address", t("نشانی محل", "Address of the premises"), FieldKind.LONG_TEXT, true),
                new FormField("postal-code", t("کد پستی", "Postal code"), FieldKind.POSTAL_CODE, true),
                new FormField("amperes", t("آمپر درخواستی", "Amperes requested"), FieldKind.NUMBER, true));
        List<DocumentSlot> documents =
                List.of(new DocumentSlot("deed", t("سند مالکیت یا اجاره‌نامه", "Title deed or lease"), true));
        return new WorkflowDraft("review", stages, transitions, fields, documents);
    }

    private static WorkflowStage stage(
            String code,
            String fa,
            String en,
            String citizenFa,
            String citizenEn,
            Integer days,
            boolean waits,
            Outcome outcome) {
        return new WorkflowStage(code, t(fa, en), t(citizenFa, citizenEn), days, waits, outcome);
    }

    private static WorkflowTransition step(
            String code, String from, String to, String fa, String en, Role role, UnitScope scope, StageOutput output) {
        return new WorkflowTransition(code, from, to, t(fa, en), role, scope, output);
    }

    private static LocalizedText t(String fa, String en) {
        return new LocalizedText(fa, en);
    }
}
