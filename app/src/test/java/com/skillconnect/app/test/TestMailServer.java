package com.skillconnect.app.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One real SMTP server (GreenMail) for the whole test JVM, so that every Spring context that points
 * {@code spring.mail.*} at it shares the same configuration. Tests read the one-time passwords out of
 * the mails it received, in the order they arrived, per recipient.
 */
public final class TestMailServer {

    private static final TestMailServer SHARED = new TestMailServer();
    private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");

    private final GreenMail greenMail;
    private final Map<String, Integer> read = new ConcurrentHashMap<>();

    private TestMailServer() {
        greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        greenMail.start();
        Runtime.getRuntime().addShutdownHook(new Thread(greenMail::stop, "greenmail-stop"));
    }

    public static TestMailServer shared() {
        return SHARED;
    }

    public String host() {
        return "127.0.0.1";
    }

    public int port() {
        return greenMail.getSmtp().getPort();
    }

    /** Every mail received for the address, oldest first. */
    public List<MimeMessage> messagesTo(String email) {
        String wanted = email.toLowerCase(Locale.ROOT);
        return Arrays.stream(greenMail.getReceivedMessages()).filter(message -> isFor(message, wanted)).toList();
    }

    /** The next mail to the address that no test has read yet (waits a little for it). */
    public Mail nextMail(String email) {
        String key = email.toLowerCase(Locale.ROOT);
        int index = read.getOrDefault(key, 0);
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(20))
                .until(() -> messagesTo(key).size() > index);
        read.put(key, index + 1);
        return Mail.of(messagesTo(key).get(index));
    }

    /** The six-digit code of the next unread mail to the address. */
    public String nextCode(String email) {
        return nextMail(email).code();
    }

    /** Fails if a mail arrived for the address that no test has read. Mail is sent before the answer. */
    public void assertNoUnreadMail(String email) {
        String key = email.toLowerCase(Locale.ROOT);
        assertThat(messagesTo(key)).as("mails to %s", key).hasSize(read.getOrDefault(key, 0));
    }

    private static boolean isFor(MimeMessage message, String email) {
        try {
            Address[] recipients = message.getAllRecipients();
            return recipients != null && Arrays.stream(recipients).anyMatch(a -> a.toString().equalsIgnoreCase(email));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A received mail, decoded. */
    public record Mail(String from, String subject, String text) {

        static Mail of(MimeMessage message) {
            try {
                return new Mail(message.getFrom()[0].toString(), message.getSubject(), String.valueOf(message.getContent()));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public String code() {
            Matcher matcher = CODE.matcher(text);
            assertThat(matcher.find()).as("a six-digit code in: %s", text).isTrue();
            return matcher.group(1);
        }
    }
}
