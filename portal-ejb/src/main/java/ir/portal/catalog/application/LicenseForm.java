package ir.portal.catalog.application;

import ir.portal.catalog.domain.LicenseInquiry;
import ir.portal.catalog.domain.LicenseStep;
import ir.portal.catalog.domain.Vocabulary.LicenseOperation;
import ir.portal.platform.domain.LocalizedText;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A license identity card as the console edits it: a row per operation and the inquiries to other agencies. */
public class LicenseForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private LocalizedText title = new LocalizedText();
    private List<LicenseStep> steps = new ArrayList<>(
            Arrays.stream(LicenseOperation.values()).map(LicenseStep::empty).toList());
    private List<LicenseInquiry> inquiries = new ArrayList<>();

    static LicenseForm of(LicenseView license) {
        LicenseForm form = new LicenseForm();
        form.title = license.title();
        for (LicenseStep step : license.steps()) {
            form.steps.replaceAll(s -> s.getOperation() == step.getOperation() ? step : s);
        }
        form.inquiries = new ArrayList<>(license.inquiries());
        return form;
    }

    public void addInquiry() {
        inquiries.add(new LicenseInquiry());
    }

    public void removeInquiry(LicenseInquiry inquiry) {
        inquiries.remove(inquiry);
    }

    public LocalizedText getTitle() {
        return title;
    }

    public List<LicenseStep> getSteps() {
        return steps;
    }

    public List<LicenseInquiry> getInquiries() {
        return inquiries;
    }
}
