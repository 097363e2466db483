package ir.portal.web.content;

import ir.portal.content.application.ContentQueries;
import ir.portal.content.application.ContentView;
import ir.portal.platform.files.KeptFileView;
import ir.portal.web.Ids;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.omnifaces.util.Faces;

/** {@code /content/item.xhtml?id=}: one published item; anything else, a draft or an expired item, is not found. */
@Named
@RequestScoped
public class ContentItemBacking {

    @Inject
    private ContentQueries queries;

    private String id;
    private ContentView item;

    public void load() throws IOException {
        item = Ids.parse(id).flatMap(queries::item).orElse(null);
        if (item == null) {
            Faces.responseSendError(HttpServletResponse.SC_NOT_FOUND, "content");
        }
    }

    /** The documents the item shows, in their order. */
    public List<KeptFileView> getFiles() {
        return queries.files(item);
    }

    public ContentView getItem() {
        return item;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
