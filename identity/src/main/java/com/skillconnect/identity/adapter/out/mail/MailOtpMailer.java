package com.skillconnect.identity.adapter.out.mail;

import com.skillconnect.identity.domain.EmailAddress;
import com.skillconnect.identity.domain.MailDeliveryFailed;
import com.skillconnect.identity.domain.OneTimePassword;
import com.skillconnect.identity.domain.OtpMailer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends codes through the SMTP server of {@code spring.mail.*}. With no {@code spring.mail.host}
 * (development) there is no mail sender, and the mail is written to the log instead, loudly.
 */
@Component
class MailOtpMailer implements OtpMailer {

    private static final Logger log = LoggerFactory.getLogger(MailOtpMailer.class);

    private final JavaMailSender sender;
    private final String from;

    MailOtpMailer(ObjectProvider<JavaMailSender> sender, @Value("${skillconnect.mail.from:no-reply@skillconnect.local}") String from) {
        this.sender = sender.getIfAvailable();
        this.from = from;
        if (this.sender == null) {
            log.warn("spring.mail.host is not set: outgoing mail (including one-time passwords) is written to this log, not sent.");
        }
    }

    @Override
    public void sendRegistrationCode(EmailAddress to, String code) {
        send(to, "Your SkillConnect verification code",
                "Welcome to SkillConnect!\n\nYour verification code is " + code + ".\nIt expires in "
                        + OneTimePassword.VALIDITY.toMinutes() + " minutes.\n\nIf you did not sign up, ignore this mail.");
    }

    @Override
    public void sendPasswordResetCode(EmailAddress to, String code) {
        send(to, "Your SkillConnect password reset code",
                "Your password reset code is " + code + ".\nIt expires in " + OneTimePassword.VALIDITY.toMinutes()
                        + " minutes.\n\nIf you did not ask to reset your password, ignore this mail.");
    }

    private void send(EmailAddress to, String subject, String text) {
        if (sender == null) {
            log.warn("\n*** MAIL NOT SENT (no SMTP server configured) ***\nTo: {}\nSubject: {}\n\n{}\n***", to, subject, text);
            return;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to.value());
        message.setSubject(subject);
        message.setText(text);
        try {
            sender.send(message);
        } catch (MailException e) {
            throw new MailDeliveryFailed(e);
        }
    }
}
