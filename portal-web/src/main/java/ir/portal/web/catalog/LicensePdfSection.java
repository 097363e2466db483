package ir.portal.web.catalog;

import ir.portal.catalog.application.LicenseView;
import ir.portal.catalog.domain.LicenseInquiry;
import ir.portal.catalog.domain.LicenseStep;

/**
 * The license section of the printable card: a row for each operation of the license (form 1 of seeds/002) and one
 * for each inquiry to another agency (form 2).
 */
final class LicensePdfSection {

    private final LicenseView license;
    private final CardPdfText text;
    private final String lang;

    LicensePdfSection(LicenseView license, CardPdfText text) {
        this.license = license;
        this.text = text;
        this.lang = text.language();
    }

    void addTo(CardPdfTable table) {
        table.section(text.get("license.section") + ": " + license.title().in(lang));
        for (LicenseStep step : license.steps()) {
            table.row(text.label("LicenseOperation.", step.getOperation()), step(step));
        }
        for (LicenseInquiry inquiry : license.inquiries()) {
            table.row(
                    text.get("license.inquiries"),
                    inquiry.getAgency().in(lang) + " — "
                            + text.label("InquiryKind.", inquiry.getKind())
                            + (inquiry.getSubject().isEmpty()
                                    ? ""
                                    : " — " + inquiry.getSubject().in(lang)) + " — "
                            + text.get(inquiry.isElectronic() ? "card.electronic" : "card.notElectronic"));
        }
    }

    private String step(LicenseStep step) {
        StringBuilder value = new StringBuilder();
        text.append(
                value,
                "license.legalBasis",
                step.getLegalBasis().in(lang),
                !step.getLegalBasis().isEmpty());
        text.append(
                value,
                "card.documents",
                text.lines(step.getDocuments(), false),
                !step.getDocuments().isEmpty());
        text.append(
                value,
                "license.validity",
                step.getValidity().in(lang),
                !step.getValidity().isEmpty());
        text.append(
                value,
                "card.costRials",
                step.getCostRials() == null ? "" : text.amount(step.getCostRials()),
                step.getCostRials() != null);
        text.append(
                value,
                "license.applicants",
                text.labels("Applicant.", step.getApplicants()),
                !step.getApplicants().isEmpty());
        text.append(
                value,
                "license.process",
                step.getProcess() == null ? "" : text.label("LicenseProcess.", step.getProcess()),
                step.getProcess() != null);
        text.append(
                value,
                "license.supervisors",
                step.getSupervisingBodies().in(lang),
                !step.getSupervisingBodies().isEmpty());
        text.append(
                value,
                "license.time",
                step.getApproximateTime().in(lang),
                !step.getApproximateTime().isEmpty());
        text.append(
                value, "card.note", step.getNotes().in(lang), !step.getNotes().isEmpty());
        value.append('\n').append(text.get(step.isElectronic() ? "card.electronic" : "card.notElectronic"));
        return value.toString().strip();
    }
}
