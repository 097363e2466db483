package ir.portal.catalog.application;

import ir.portal.catalog.domain.LicenseCard;
import ir.portal.catalog.domain.LicenseInquiry;
import ir.portal.catalog.domain.LicenseStep;
import ir.portal.platform.domain.LocalizedText;
import java.util.List;

/** A license identity card: its rows (form 1) and its inquiries to other agencies (form 2). */
public record LicenseView(LocalizedText title, List<LicenseStep> steps, List<LicenseInquiry> inquiries) {

    static LicenseView of(LicenseCard license) {
        return new LicenseView(license.title(), license.steps(), license.inquiries());
    }
}
