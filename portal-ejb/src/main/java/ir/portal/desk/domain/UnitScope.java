package ir.portal.desk.domain;

/**
 * Whose staff may take a transition: those of the unit the service belongs to, or those of any unit (a counter
 * office serves every district).
 */
public enum UnitScope {
    REQUEST_UNIT,
    ANY
}
