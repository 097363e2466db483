package ir.portal.content.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import org.eclipse.persistence.annotations.ReadOnly;

/**
 * A word of an item as the site search reads it: a row of {@code content_word}, which the item itself writes
 * ({@link ContentItem}'s words). Read only, so that a search asks the word index alone instead of joining the
 * items to it.
 */
@Entity
@ReadOnly
@Table(name = "content_word")
@IdClass(ContentWord.Key.class)
public class ContentWord {

    @Id
    @Column(name = "item_id")
    private long itemId;

    @Id
    @Column(name = "word")
    private String word;

    protected ContentWord() {}

    public long getItemId() {
        return itemId;
    }

    public String getWord() {
        return word;
    }

    /** The key: the item and the word. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private long itemId;
        private String word;

        public Key() {}

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && k.itemId == itemId && Objects.equals(k.word, word);
        }

        @Override
        public int hashCode() {
            return Objects.hash(itemId, word);
        }
    }
}
