package ir.portal.accounts;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The mail server of the account tests (GreenMail on the port the test server sends to), and what a person does
 * with their mail: wait for it, read it, follow its link.
 */
public final class Mailbox implements AutoCloseable {

    private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_-]+)");

    private final GreenMail smtp = new GreenMail(new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    public Mailbox() {
        smtp.start();
    }

    /** The mails to the address, once there are at least {@code count} of them (a minute at most). */
    public List<MimeMessage> await(String address, int count) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        List<MimeMessage> found = to(address);
        while (found.size() < count && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            found = to(address);
        }
        if (found.size() < count) {
            throw new AssertionError("expected " + count + " mails to " + address + ", got " + found.size());
        }
        return found;
    }

    /** The first mail to the address with the subject, once it has come (a minute at most). */
    public MimeMessage awaitSubject(String address, String subject) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            for (MimeMessage m : to(address)) {
                if (subject.equals(subject(m))) {
                    return m;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no mail \"" + subject + "\" to " + address);
    }

    public List<MimeMessage> to(String address) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> isTo(m, address))
                .toList();
    }

    /** The text as the reader sees it, decoded from the transfer encoding. */
    public static String body(MimeMessage message) {
        try {
            Object content = message.getContent();
            return content instanceof String text ? text : GreenMailUtil.getBody(message);
        } catch (MessagingException | IOException e) {
            throw new AssertionError(e);
        }
    }

    public static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new AssertionError(e);
        }
    }

    /** The token of the link in the mail. */
    public static String token(MimeMessage message) {
        Matcher m = TOKEN.matcher(body(message));
        if (!m.find()) {
            throw new AssertionError("no link in " + body(message));
        }
        return m.group(1);
    }

    private static boolean isTo(MimeMessage message, String address) {
        try {
            Address[] all = message.getAllRecipients();
            return all != null && Arrays.stream(all).anyMatch(a -> a.toString().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            return false;
        }
    }

    /** A national ID no one has: nine random digits and their check digit. */
    public static String newNationalId() {
        while (true) {
            StringBuilder digits = new StringBuilder();
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                int d = ThreadLocalRandom.current().nextInt(10);
                digits.append(d);
                sum += d * (10 - i);
            }
            int r = sum % 11;
            digits.append(r < 2 ? r : 11 - r);
            if (digits.chars().distinct().count() > 1) {
                return digits.toString();
            }
        }
    }

    @Override
    public void close() {
        smtp.stop();
    }
}
