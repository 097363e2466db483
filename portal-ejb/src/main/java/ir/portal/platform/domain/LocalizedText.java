package ir.portal.platform.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A text in Persian and English. Where a text holds a list (documents, steps), each line is an item. Mapped with
 * {@code @AttributeOverride} to {@code <name>_fa} and {@code <name>_en} columns.
 */
@Embeddable
public class LocalizedText {

    @Column(name = "fa", length = 20000)
    private String fa;

    @Column(name = "en", length = 20000)
    private String en;

    public LocalizedText() {}

    public LocalizedText(String fa, String en) {
        this.fa = fa;
        this.en = en;
    }

    public static LocalizedText copyOf(LocalizedText other) {
        return other == null ? new LocalizedText() : new LocalizedText(other.fa, other.en);
    }

    /** The text in the reader's language, falling back to Persian. */
    public String in(String language) {
        return "en".equals(language) && en != null && !en.isBlank() ? en : fa;
    }

    /** The lines of the text in the reader's language, blank lines left out. */
    public List<String> lines(String language) {
        String text = in(language);
        return text == null
                ? List.of()
                : Arrays.stream(text.split("\\R"))
                        .map(String::strip)
                        .filter(line -> !line.isEmpty())
                        .toList();
    }

    public boolean isEmpty() {
        return (fa == null || fa.isBlank()) && (en == null || en.isBlank());
    }

    public String getFa() {
        return fa;
    }

    public void setFa(String fa) {
        this.fa = fa;
    }

    public String getEn() {
        return en;
    }

    public void setEn(String en) {
        this.en = en;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LocalizedText other
                && Objects.equals(blankless(fa), blankless(other.fa))
                && Objects.equals(blankless(en), blankless(other.en));
    }

    @Override
    public int hashCode() {
        return Objects.hash(blankless(fa), blankless(en));
    }

    @Override
    public String toString() {
        return "fa=" + fa + " | en=" + en;
    }

    private static String blankless(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
