package ir.portal.committee.domain;

/** How many proposals one unit made. */
public record UnitTally(String code, String nameFa, String nameEn, long count) {}
