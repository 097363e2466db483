package ir.portal.accounts.domain;

/** What a unit of the organisation is; the kind decides where the reports count the unit's work. */
public enum UnitKind {
    /** The headquarters or one of its departments (customer services, IT, ...). */
    HEADQUARTERS_DEPARTMENT(ReportGroup.HEADQUARTERS),
    /** A district office that works the requests of its area. */
    DISTRICT_OFFICE(ReportGroup.OPERATIONAL),
    /** A counter office where people hand in requests in person; listed for the public by county. */
    COUNTER_OFFICE(ReportGroup.OPERATIONAL);

    private final ReportGroup reportGroup;

    UnitKind(ReportGroup reportGroup) {
        this.reportGroup = reportGroup;
    }

    /** Whether the reports count a unit of this kind as headquarters or as operational. */
    public ReportGroup reportGroup() {
        return reportGroup;
    }

    /** Whether a unit of this kind keeps the address, phone, hours and map link the public sees. */
    public boolean receivesThePublic() {
        return this == COUNTER_OFFICE;
    }
}
