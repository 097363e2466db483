package ir.portal.notify.infrastructure;

import ir.portal.notify.application.MailTransport;
import ir.portal.notify.application.OutgoingMail;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;

/**
 * Sends through the server's mail session {@code java:jboss/mail/portal} (host, port and sender are set by
 * {@code config/cli/portal.cli}).
 */
@ApplicationScoped
public class SmtpMailTransport implements MailTransport {

    @Resource(lookup = "java:jboss/mail/portal")
    private Session session;

    @Override
    public void send(OutgoingMail mail) throws MailNotSentException {
        try {
            MimeMessage message = new MimeMessage(session);
            message.setFrom();
            // one recipient, parsed strictly: never a list
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.recipient(), true));
            message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
            message.setText(mail.body(), StandardCharsets.UTF_8.name());
            message.setHeader("X-Portal-Outbox-Id", Long.toString(mail.id()));
            Transport.send(message);
        } catch (MessagingException e) {
            throw new MailNotSentException(e.getMessage(), e);
        }
    }
}
