package ir.portal.web.desk;

import ir.portal.accounts.application.MyAccount;
import ir.portal.accounts.application.Profile;
import ir.portal.desk.application.DeskQueries;
import ir.portal.desk.application.DeskQueries.ServiceForm;
import ir.portal.desk.application.DeskSubmission;
import ir.portal.desk.application.Receipt;
import ir.portal.desk.application.SubmissionForm;
import ir.portal.platform.errors.InvalidInput;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * {@code /my/new.xhtml?service=} and {@code /admin/desk/new.xhtml?service=}: the request form of a service, for a
 * citizen or a counter clerk on a citizen's behalf. Files that passed are kept while the rest is corrected.
 */
@Named
@ViewScoped
public class NewRequestBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DeskQueries queries;

    @Inject
    DeskSubmission submission;

    @Inject
    MyAccount myAccount;

    private String service;
    private ServiceForm serviceForm;
    private final SubmissionForm form = new SubmissionForm();
    private transient Map<String, Part> files;
    private final Map<String, Upload> kept = new LinkedHashMap<>();

    public void load() throws IOException {
        serviceForm = Ids.parse(service).flatMap(queries::form).orElse(null);
        if (serviceForm == null) {
            Faces.responseSendError(HttpServletResponse.SC_NOT_FOUND, "service");
            return;
        }
        if (form.getFormToken() == null) {
            form.setServiceId(serviceForm.serviceId());
            form.setFormToken(UUID.randomUUID().toString());
            queries.myDetails().ifPresent(last -> {
                form.setNationalId(last.nationalId());
                form.setMobile(last.mobile());
                form.setEmail(last.email());
            });
            // a citizen files under their own national ID unless they say the request is for someone else
            myAccount
                    .profile()
                    .map(Profile::nationalId)
                    .filter(id -> id != null)
                    .ifPresent(form::setNationalId);
        }
    }

    public String submit() throws IOException {
        List<Upload> uploads = new ArrayList<>();
        for (var slot : serviceForm.documents()) {
            FileParts.upload(slot.getCode(), getFiles().get(slot.getCode())).ifPresent(u -> kept.put(u.slot(), u));
            if (kept.containsKey(slot.getCode())) {
                uploads.add(kept.get(slot.getCode()));
            }
        }
        files = null;
        try {
            Receipt receipt = submission.submit(form, uploads);
            Messages.addFlashGlobalInfo(Texts.text("desk_new.submitted"));
            return "/desk/receipt.xhtml?faces-redirect=true&id=" + receipt.requestId();
        } catch (InvalidInput refused) {
            // a refused file is chosen again; the files that passed stay; the handler shows the messages
            refused.problems().keySet().stream()
                    .filter(k -> k.startsWith("document."))
                    .forEach(k -> kept.remove(k.substring("document.".length())));
            throw refused;
        }
    }

    public void forget(String slot) {
        kept.remove(slot);
    }

    /** The name of the file kept for a document, or null. */
    public String keptFile(String slot) {
        Upload upload = kept.get(slot);
        return upload == null ? null : upload.fileName();
    }

    public String getService() {
        return service;
    }

    public void setService(String service) {
        this.service = service;
    }

    public ServiceForm getServiceForm() {
        return serviceForm;
    }

    public SubmissionForm getForm() {
        return form;
    }

    /** The files of this post, by document; never kept past it. */
    public Map<String, Part> getFiles() {
        if (files == null) {
            files = new HashMap<>();
        }
        return files;
    }
}
