package ir.portal.catalog.application;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import ir.portal.catalog.domain.CardContent;
import ir.portal.catalog.domain.StageAccess;
import ir.portal.catalog.domain.Vocabulary.Stage;
import ir.portal.platform.domain.LocalizedText;

/** What a card needs before it can be saved, field by field. */
final class CardValidator {

    static final String REQUIRED = "catalog.invalid.required";
    static final String NOT_NEGATIVE = "catalog.invalid.notNegative";
    static final String WEB_ADDRESS = "catalog.invalid.webAddress";
    static final String EMAIL = "catalog.invalid.email";
    static final String STAGES = "catalog.invalid.stages";

    private static final Pattern EMAIL_PATTERN = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private CardValidator() {
    }

    static Map<String, String> problems(ServiceCardForm form) {
        Map<String, String> problems = new LinkedHashMap<>();
        CardContent c = form.getContent();
        required(problems, "content.title", c.getTitle(), true);
        required(problems, "content.description", c.getDescription(), false);
        required(problems, "content.providerAgency", c.getProviderAgency(), false);
        if (c.getTypes() == null || c.getTypes().isEmpty()) {
            problems.put("content.types", REQUIRED);
        }
        if (c.getNature() == null) {
            problems.put("content.nature", REQUIRED);
        }
        if (c.getLevels() == null || c.getLevels().isEmpty()) {
            problems.put("content.levels", REQUIRED);
        }
        if (form.getUnitCode() == null || form.getUnitCode().isBlank()) {
            problems.put("unitCode", REQUIRED);
        }
        notNegative(problems, "content.averageDays", c.getAverageDays());
        notNegative(problems, "content.recipients", c.getRecipients());
        notNegative(problems, "content.frequencyCount", c.getFrequencyCount());
        notNegative(problems, "content.inPersonVisits", c.getInPersonVisits());
        notNegative(problems, "content.costRials", c.getCostRials());
        String web = c.getWebAddress();
        if (web != null && !web.isBlank() && !web.matches("https?://\\S+")) {
            problems.put("content.webAddress", WEB_ADDRESS);
        }
        String email = c.getFilledByEmail();
        if (email != null && !email.isBlank() && !EMAIL_PATTERN.matcher(email).matches()) {
            problems.put("content.filledByEmail", EMAIL);
        }
        Set<Stage> stages = form.getStages().stream().map(StageAccess::getStage).collect(Collectors.toSet());
        if (form.getStages().size() != Stage.values().length
                || !stages.equals(EnumSet.copyOf(Arrays.asList(Stage.values())))) {
            problems.put("stages", STAGES);
        }
        return problems;
    }

    private static void required(Map<String, String> problems, String field, LocalizedText text, boolean english) {
        if (text == null || blank(text.getFa())) {
            problems.put(field + ".fa", REQUIRED);
        }
        if (english && (text == null || blank(text.getEn()))) {
            problems.put(field + ".en", REQUIRED);
        }
    }

    private static void notNegative(Map<String, String> problems, String field, Number value) {
        if (value != null && value.longValue() < 0) {
            problems.put(field, NOT_NEGATIVE);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
