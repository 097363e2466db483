package ir.portal.desk.application;

import ir.portal.platform.domain.LocalizedText;

/** A stage of the workflow as the progress line shows it: passed, current or still ahead. */
public record StageStep(String code, LocalizedText name, boolean passed, boolean current) {}
