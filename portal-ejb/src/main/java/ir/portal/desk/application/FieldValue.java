package ir.portal.desk.application;

import ir.portal.platform.domain.LocalizedText;

/** A field of the submitted form with its label. */
public record FieldValue(LocalizedText label, String value) {}
