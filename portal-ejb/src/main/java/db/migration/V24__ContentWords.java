package db.migration;

import ir.portal.i18n.PersianText;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The site search finds content by the words of its text through an index, not by reading every text: the words of
 * each item's title, summary, body and reference ({@link PersianText#words}) go to {@code content_word}, whose key
 * begins with the word, and {@code content_item.search_text} (one normalised string, read whole by every search) is
 * dropped. A migration in Java because splitting Persian text into words is the portal's, not SQL's.
 */
public class V24__ContentWords extends BaseJavaMigration {

    private static final int BATCH = 1000;

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("CREATE TABLE content_word ("
                    + " item_id BIGINT NOT NULL,"
                    + " word VARCHAR(" + PersianText.WORD_LENGTH + ") NOT NULL,"
                    + " CONSTRAINT content_word_pk PRIMARY KEY (word, item_id),"
                    + " CONSTRAINT content_word_item_fk FOREIGN KEY (item_id) REFERENCES content_item (id))");
            // the key finds the items with a word that begins so; this index, whether an item has one
            if ("PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
                // LIKE 'word%' reads a b-tree only in the C collation or through the pattern operators
                ddl.execute("CREATE INDEX content_word_prefix_ix ON content_word (word varchar_pattern_ops, item_id)");
                ddl.execute("CREATE INDEX content_word_item_ix ON content_word (item_id, word varchar_pattern_ops)");
            } else {
                ddl.execute("CREATE INDEX content_word_item_ix ON content_word (item_id, word)");
            }
        }
        try (Statement read = connection.createStatement();
                ResultSet items = read.executeQuery("SELECT id, title_fa, title_en, summary_fa, summary_en,"
                        + " body_fa, body_en, reference_no FROM content_item");
                PreparedStatement insert =
                        connection.prepareStatement("INSERT INTO content_word (item_id, word) VALUES (?, ?)")) {
            int batched = 0;
            while (items.next()) {
                StringBuilder text = new StringBuilder();
                for (int column = 2; column <= 8; column++) {
                    String part = items.getString(column);
                    if (part != null) {
                        // the bodies are markup: its tags are not words
                        text.append(' ').append(column == 6 || column == 7 ? part.replaceAll("<[^>]*>", " ") : part);
                    }
                }
                for (String word : PersianText.words(text.toString())) {
                    insert.setLong(1, items.getLong(1));
                    insert.setString(2, word);
                    insert.addBatch();
                    if (++batched % BATCH == 0) {
                        insert.executeBatch();
                    }
                }
            }
            insert.executeBatch();
        }
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("ALTER TABLE content_item DROP COLUMN search_text");
        }
    }
}
