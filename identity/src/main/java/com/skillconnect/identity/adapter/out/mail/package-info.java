/** One-time passwords by SMTP (jakarta-mail through Spring's JavaMailSender), or to the log in development. */
@org.jmolecules.architecture.hexagonal.SecondaryAdapter
package com.skillconnect.identity.adapter.out.mail;
