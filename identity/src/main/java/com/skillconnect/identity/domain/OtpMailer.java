package com.skillconnect.identity.domain;

import org.jmolecules.architecture.hexagonal.SecondaryPort;

/** Mails one-time passwords to users. Throws {@link MailDeliveryFailed} when the mail cannot be sent. */
@SecondaryPort
public interface OtpMailer {

    void sendRegistrationCode(EmailAddress to, String code);

    void sendPasswordResetCode(EmailAddress to, String code);
}
