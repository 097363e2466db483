package ir.portal.catalog.application;

import ir.portal.catalog.domain.CardContent;
import ir.portal.catalog.domain.StageAccess;
import ir.portal.catalog.domain.Vocabulary.Stage;
import ir.portal.identifiers.EmailAddress;
import ir.portal.platform.domain.LocalizedText;
import ir.portal.platform.errors.Problems;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** What a card needs before it can be saved, field by field. */
final class CardValidator {

    static final String REQUIRED = "catalog.invalid.required";
    static final String NOT_NEGATIVE = "catalog.invalid.notNegative";
    static final String WEB_ADDRESS = "catalog.invalid.webAddress";
    static final String EMAIL = "catalog.invalid.email";
    static final String STAGES = "catalog.invalid.stages";

    private CardValidator() {}

    static Problems problems(ServiceCardForm form) {
        Problems problems = new Problems();
        CardContent c = form.getContent();
        required(problems, "content.title", c.getTitle(), true);
        required(problems, "content.description", c.getDescription(), false);
        required(problems, "content.providerAgency", c.getProviderAgency(), false);
        if (c.getTypes() == null || c.getTypes().isEmpty()) {
            problems.add("content.types", REQUIRED);
        }
        if (c.getNature() == null) {
            problems.add("content.nature", REQUIRED);
        }
        if (c.getLevels() == null || c.getLevels().isEmpty()) {
            problems.add("content.levels", REQUIRED);
        }
        if (form.getUnitCode() == null || form.getUnitCode().isBlank()) {
            problems.add("unitCode", REQUIRED);
        }
        notNegative(problems, "content.averageDays", c.getAverageDays());
        notNegative(problems, "content.recipients", c.getRecipients());
        notNegative(problems, "content.frequencyCount", c.getFrequencyCount());
        notNegative(problems, "content.inPersonVisits", c.getInPersonVisits());
        notNegative(problems, "content.costRials", c.getCostRials());
        String web = c.getWebAddress();
        if (web != null && !web.isBlank() && !web.matches("https?://\\S+")) {
            problems.add("content.webAddress", WEB_ADDRESS);
        }
        String email = c.getFilledByEmail();
        if (email != null && !email.isBlank() && EmailAddress.parse(email).isEmpty()) {
            problems.add("content.filledByEmail", EMAIL);
        }
        Set<Stage> stages = form.getStages().stream().map(StageAccess::getStage).collect(Collectors.toSet());
        if (form.getStages().size() != Stage.values().length
                || !stages.equals(EnumSet.copyOf(Arrays.asList(Stage.values())))) {
            problems.add("stages", STAGES);
        }
        return problems;
    }

    private static void required(Problems problems, String field, LocalizedText text, boolean english) {
        if (text == null || blank(text.getFa())) {
            problems.add(field + ".fa", REQUIRED);
        }
        if (english && (text == null || blank(text.getEn()))) {
            problems.add(field + ".en", REQUIRED);
        }
    }

    private static void notNegative(Problems problems, String field, Number value) {
        if (value != null && value.longValue() < 0) {
            problems.add(field, NOT_NEGATIVE);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
