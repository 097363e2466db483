package ir.portal.web.desk;

import ir.portal.desk.application.DeskQueries;
import ir.portal.desk.application.DeskService;
import ir.portal.desk.application.RequestView;
import ir.portal.desk.application.TransitionChoice;
import ir.portal.desk.domain.TransitionInput;
import ir.portal.platform.files.Upload;
import ir.portal.web.Ids;
import ir.portal.web.files.FileParts;
import ir.portal.web.i18n.Texts;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Optional;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * {@code /my/request.xhtml?id=} and {@code /admin/desk/request.xhtml?id=}: one request for the citizen who made it
 * or the staff who work it; its steps, messages and rating. What was typed stays when a step is refused.
 */
@Named
@ViewScoped
public class RequestBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DeskQueries queries;

    @Inject
    DeskService desk;

    private String id;
    private RequestView request;
    private String comment;
    private String trace;
    private LocalDate date;
    private Long amount;
    private transient Part file;
    private String message;
    private transient Part messageFile;
    private Integer stars;
    private String feedback;

    public void load() throws IOException {
        Optional<Long> requestId = Ids.parse(id);
        if (requestId.isEmpty()) {
            Faces.responseSendError(HttpServletResponse.SC_NOT_FOUND, "request");
            return;
        }
        request = queries.request(requestId.get());
    }

    public void take(TransitionChoice choice) throws IOException {
        Upload upload = FileParts.upload("transition", file).orElse(null);
        file = null;
        try {
            desk.move(
                    request.id(),
                    request.version(),
                    choice.code(),
                    new TransitionInput(comment, date, amount, trace, upload != null),
                    upload);
            comment = null;
            trace = null;
            date = null;
            amount = null;
            Messages.addGlobalInfo(
                    Texts.text("desk_request.moved"),
                    choice.name().in(Faces.getLocale().getLanguage()));
        } finally {
            reload();
        }
    }

    public void send() throws IOException {
        Upload upload = FileParts.upload("message", messageFile).orElse(null);
        messageFile = null;
        try {
            desk.message(request.id(), message, upload);
            message = null;
            Messages.addGlobalInfo(Texts.text("desk_request.sent"));
        } finally {
            reload();
        }
    }

    public void rate() throws IOException {
        try {
            desk.rate(request.id(), stars == null ? 0 : stars, feedback);
            Messages.addGlobalInfo(Texts.text("desk_request.rated"));
        } finally {
            reload();
        }
    }

    /**
     * Reads the request again after a change, or after a refusal, so the page shows where it stands. A counter
     * office that took its last step no longer works the request, so it goes back to its queue.
     */
    private void reload() throws IOException {
        Optional<RequestView> current = queries.requestIfReadable(request.id());
        if (current.isPresent()) {
            request = current.get();
        } else {
            Messages.addFlashGlobalInfo(Texts.text("desk_request.handedOn"));
            Faces.redirect("/admin/desk/");
        }
    }

    public RequestView getRequest() {
        return request;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public String getTrace() {
        return trace;
    }

    public void setTrace(String trace) {
        this.trace = trace;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public Long getAmount() {
        return amount;
    }

    public void setAmount(Long amount) {
        this.amount = amount;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }

    public Part getMessageFile() {
        return messageFile;
    }

    public void setMessageFile(Part messageFile) {
        this.messageFile = messageFile;
    }

    public Integer getStars() {
        return stars;
    }

    public void setStars(Integer stars) {
        this.stars = stars;
    }

    public String getFeedback() {
        return feedback;
    }

    public void setFeedback(String feedback) {
        this.feedback = feedback;
    }
}
