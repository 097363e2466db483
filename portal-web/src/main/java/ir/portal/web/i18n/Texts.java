package ir.portal.web.i18n;

import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import org.omnifaces.util.Beans;

/** A text of the bundles in the reader's language; also right for messages made before the view has its locale. */
public final class Texts {

    private static final String BUNDLE = "ir.portal.web.i18n.text";

    private Texts() {}

    public static String text(String key) {
        return find(key).orElse(key);
    }

    /** The text of the key, if the bundles have one: for labels that fall back to a code when they do not. */
    public static Optional<String> find(String key) {
        try {
            return Optional.of(ResourceBundle.getBundle(
                            BUNDLE, Beans.getReference(Language.class).getLocale())
                    .getString(key));
        } catch (MissingResourceException e) {
            return Optional.empty();
        }
    }
}
