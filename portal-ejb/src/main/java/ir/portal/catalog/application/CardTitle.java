package ir.portal.catalog.application;

/** A published card as a list of links shows it: its id and title, read as a projection. */
public record CardTitle(long id, String titleFa, String titleEn) {

    public String title(String language) {
        return "en".equals(language) && titleEn != null && !titleEn.isBlank() ? titleEn : titleFa;
    }
}
