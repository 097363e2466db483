package ir.portal.desk.domain;

import ir.portal.identifiers.MobileNumber;
import ir.portal.identifiers.NationalId;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Who the request is for, as the form gave it: national ID, name, mobile and (optional) mail address. */
@Embeddable
public class ApplicantContact {

    @Column(name = "national_id", nullable = false, length = 10)
    private NationalId nationalId;

    @Column(name = "applicant_name", nullable = false, length = 200)
    private String name;

    @Column(name = "mobile", nullable = false, length = 11)
    private MobileNumber mobile;

    @Column(name = "email", length = 320)
    private String email;

    /** Filed by the applicant's account for the person of this national ID, not for themselves. */
    @Column(name = "on_behalf", nullable = false)
    private boolean onBehalf;

    protected ApplicantContact() {}

    ApplicantContact(Applicant applicant) {
        this.nationalId = applicant.nationalId();
        this.name = applicant.name();
        this.mobile = applicant.mobile();
        this.email = applicant.email();
        this.onBehalf = applicant.onBehalf();
    }

    public NationalId nationalId() {
        return nationalId;
    }

    public String name() {
        return name;
    }

    public MobileNumber mobile() {
        return mobile;
    }

    public boolean onBehalf() {
        return onBehalf;
    }

    /** The address mails about the request go to, or null. */
    public String email() {
        return email;
    }
}
