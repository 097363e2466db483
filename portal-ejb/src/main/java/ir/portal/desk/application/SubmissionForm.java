package ir.portal.desk.application;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The request form as the citizen (or a clerk for them) filled it in: who it is for and the service's own
 * fields by code. The form token is made when the form is shown; sending the same form twice gives one request.
 */
public class SubmissionForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private long serviceId;
    private String formToken;
    private String nationalId;
    private String name;
    private String mobile;
    private String email;
    private boolean onBehalf;
    private Map<String, String> fields = new LinkedHashMap<>();

    public long getServiceId() {
        return serviceId;
    }

    public void setServiceId(long serviceId) {
        this.serviceId = serviceId;
    }

    public String getFormToken() {
        return formToken;
    }

    public void setFormToken(String formToken) {
        this.formToken = formToken;
    }

    public String getNationalId() {
        return nationalId;
    }

    public void setNationalId(String nationalId) {
        this.nationalId = nationalId;
    }

    /** A citizen files for another person, whose national ID the form gives. */
    public boolean isOnBehalf() {
        return onBehalf;
    }

    public void setOnBehalf(boolean onBehalf) {
        this.onBehalf = onBehalf;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getMobile() {
        return mobile;
    }

    public void setMobile(String mobile) {
        this.mobile = mobile;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Map<String, String> getFields() {
        return fields;
    }

    public void setFields(Map<String, String> fields) {
        this.fields = fields;
    }
}
