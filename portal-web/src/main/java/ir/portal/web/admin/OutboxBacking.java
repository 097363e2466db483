package ir.portal.web.admin;

import ir.portal.notify.application.OutboxAdministration;
import ir.portal.notify.domain.MailStatus;
import ir.portal.notify.domain.OutboxRow;
import ir.portal.web.i18n.Texts;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.omnifaces.util.Messages;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * {@code /admin/outbox.xhtml}: every mail the portal sends, newest first, paged and sorted in the database,
 * filtered by status and searched by recipient; a failed mail can be put back in the queue.
 */
@Named
@ViewScoped
public class OutboxBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private OutboxAdministration administration;

    private MailStatus status;
    private String recipient;

    private final LazyDataModel<OutboxRow> mails = new LazyDataModel<>() {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) administration.count(status, recipient);
        }

        @Override
        public List<OutboxRow> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
            return administration.rows(
                    status,
                    recipient,
                    sort == null ? "createdAt" : sort.getField(),
                    sort != null && sort.getOrder() == SortOrder.ASCENDING,
                    first,
                    pageSize);
        }

        @Override
        public String getRowKey(OutboxRow mail) {
            return Long.toString(mail.id());
        }
    };

    public void resend(OutboxRow mail) {
        administration.resend(mail.id(), mail.version());
        Messages.addGlobalInfo(Texts.text("admin_outbox.resent"), mail.recipient());
    }

    public LazyDataModel<OutboxRow> getMails() {
        return mails;
    }

    public MailStatus[] getStatuses() {
        return MailStatus.values();
    }

    public MailStatus getStatus() {
        return status;
    }

    public void setStatus(MailStatus status) {
        this.status = status;
    }

    public String getRecipient() {
        return recipient;
    }

    public void setRecipient(String recipient) {
        this.recipient = recipient;
    }
}
