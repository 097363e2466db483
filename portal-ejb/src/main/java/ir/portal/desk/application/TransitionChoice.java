package ir.portal.desk.application;

import ir.portal.desk.domain.StageOutput;
import ir.portal.platform.domain.LocalizedText;

/** A step the reader may take on a request now, and what it asks of them. */
public record TransitionChoice(
        String code,
        LocalizedText name,
        LocalizedText toStage,
        boolean needsComment,
        boolean needsDate,
        boolean needsAmount,
        boolean needsFile,
        boolean needsTrace,
        StageOutput output) {}
