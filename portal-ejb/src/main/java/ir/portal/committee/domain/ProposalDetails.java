package ir.portal.committee.domain;

import ir.portal.catalog.domain.Vocabulary.ServiceType;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** What a unit says about the service it proposes; the form edits it and the proposal keeps it. */
@Embeddable
public class ProposalDetails implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "title", nullable = false, length = 300)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "service_type", nullable = false, length = 10)
    private ServiceType serviceType;

    @Enumerated(EnumType.STRING)
    @Column(name = "reason", nullable = false, length = 20)
    private ProposalReason reason;

    /** The evaluation index that asks for the service, when that is the reason. */
    @Column(name = "index_name", length = 300)
    private String indexName;

    /** The index's current score. */
    @Column(name = "index_score", precision = 7, scale = 2)
    private BigDecimal indexScore;

    @Column(name = "users_per_year")
    private Long usersPerYear;

    @Column(name = "visits_saved_per_year")
    private Long visitsSavedPerYear;

    @Column(name = "summary", length = 20000)
    private String summary;

    /** The fields by name, for the audit log's before and after. */
    public Map<String, Object> fields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("title", title);
        fields.put("serviceType", serviceType);
        fields.put("reason", reason);
        fields.put("indexName", indexName);
        fields.put("indexScore", indexScore);
        fields.put("usersPerYear", usersPerYear);
        fields.put("visitsSavedPerYear", visitsSavedPerYear);
        fields.put("summary", summary);
        return fields;
    }

    /** A copy, so that the form and the proposal never share one. */
    public ProposalDetails copy() {
        ProposalDetails copy = new ProposalDetails();
        copy.title = title;
        copy.serviceType = serviceType;
        copy.reason = reason;
        copy.indexName = indexName;
        copy.indexScore = indexScore;
        copy.usersPerYear = usersPerYear;
        copy.visitsSavedPerYear = visitsSavedPerYear;
        copy.summary = summary;
        return copy;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public ServiceType getServiceType() {
        return serviceType;
    }

    public void setServiceType(ServiceType serviceType) {
        this.serviceType = serviceType;
    }

    public ProposalReason getReason() {
        return reason;
    }

    public void setReason(ProposalReason reason) {
        this.reason = reason;
    }

    public String getIndexName() {
        return indexName;
    }

    public void setIndexName(String indexName) {
        this.indexName = indexName;
    }

    public BigDecimal getIndexScore() {
        return indexScore;
    }

    public void setIndexScore(BigDecimal indexScore) {
        this.indexScore = indexScore;
    }

    public Long getUsersPerYear() {
        return usersPerYear;
    }

    public void setUsersPerYear(Long usersPerYear) {
        this.usersPerYear = usersPerYear;
    }

    public Long getVisitsSavedPerYear() {
        return visitsSavedPerYear;
    }

    public void setVisitsSavedPerYear(Long visitsSavedPerYear) {
        this.visitsSavedPerYear = visitsSavedPerYear;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }
}
