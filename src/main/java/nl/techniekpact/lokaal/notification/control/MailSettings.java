package nl.techniekpact.lokaal.notification.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The SMTP server to deliver through; without {@code lokaal.mail.smtp.host} mail stays in the
 * outbox.
 */
@ApplicationScoped
public class MailSettings {

  @Inject
  @ConfigProperty(name = "lokaal.mail.smtp.host")
  Optional<String> host;

  @Inject
  @ConfigProperty(name = "lokaal.mail.smtp.port", defaultValue = "587")
  int port;

  @Inject
  @ConfigProperty(name = "lokaal.mail.smtp.starttls", defaultValue = "true")
  boolean starttls;

  @Inject
  @ConfigProperty(name = "lokaal.mail.smtp.user")
  Optional<String> user;

  @Inject
  @ConfigProperty(name = "lokaal.mail.smtp.password")
  Optional<String> password;

  @Inject
  @ConfigProperty(name = "lokaal.mail.from", defaultValue = "Lokaal <noreply@lokaal.example.nl>")
  String from;

  public boolean isConfigured() {
    return host.filter(h -> !h.isBlank()).isPresent();
  }

  public String from() {
    return from;
  }

  /** The bare address of {@link #from}: the ORGANIZER of calendar invites. */
  public String organiserEmail() {
    int open = from.indexOf('<');
    return open >= 0 ? from.substring(open + 1, from.indexOf('>', open)).strip() : from.strip();
  }

  private Session session;

  /** One mail session for the life of the application: its settings do not change while running. */
  public synchronized Session session() {
    if (session == null) {
      session = newSession();
    }
    return session;
  }

  private Session newSession() {
    Properties properties = new Properties();
    properties.put("mail.smtp.host", host.orElseThrow());
    properties.put("mail.smtp.port", String.valueOf(port));
    properties.put("mail.smtp.starttls.enable", String.valueOf(starttls));
    properties.put("mail.smtp.starttls.required", String.valueOf(starttls));
    properties.put("mail.smtp.connectiontimeout", "10000");
    properties.put("mail.smtp.timeout", "20000");
    properties.put("mail.smtp.writetimeout", "20000");
    // Named here so that Jakarta Mail does not look the local host up for every Message-ID and
    // HELO:
    // without a resolver for it, each look-up waits for a time-out.
    String domain = organiserEmail().substring(organiserEmail().indexOf('@') + 1);
    properties.put("mail.host", domain);
    properties.put("mail.smtp.localhost", domain);
    properties.put("mail.smtp.socketFactory", new NoDelaySocketFactory());
    properties.put("mail.smtp.socketFactory.fallback", "false");
    if (user.isPresent()) {
      properties.put("mail.smtp.auth", "true");
      return Session.getInstance(
          properties,
          new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
              return new PasswordAuthentication(user.get(), password.orElse(""));
            }
          });
    }
    return Session.getInstance(properties);
  }
}
