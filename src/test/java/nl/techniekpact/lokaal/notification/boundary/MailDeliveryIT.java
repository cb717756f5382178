package nl.techniekpact.lokaal.notification.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.net.URL;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.techniekpact.lokaal.Lokaal;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Mail leaves Lokaal through a real SMTP server (GreenMail, in this JVM) and works for its reader. */
@ExtendWith(ArquillianExtension.class)
class MailDeliveryIT {

  @RegisterExtension
  static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP);

  private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_-]{43})");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Lokaal.war();
  }

  @ArquillianResource URL base;

  @Test
  void aCompanySigningUpReceivesAWorkingSignInLinkByMail() throws Exception {
    Lokaal lokaal = new Lokaal(base);
    var signUp = lokaal.post("api/editions/1/companies", """
        {"name":"Lasbedrijf Mailtest","sector":"metaal","postcode":"7101 AB","town":"Winterswijk",
         "contactName":"Ria Mulder","contactEmail":"ria@lasbedrijf-mailtest.example.nl"}""");
    assertEquals(202, signUp.status(), signUp.toString());

    assertTrue(SMTP.waitForIncomingEmail(30_000, 1), "the mail arrives within 30 s");
    MimeMessage mail = SMTP.getReceivedMessages()[0];
    assertEquals("ria@lasbedrijf-mailtest.example.nl", mail.getAllRecipients()[0].toString());
    assertEquals("Uw inloglink voor Lokaal", mail.getSubject());
    MimeMultipart alternative = (MimeMultipart) mail.getContent();
    assertTrue(alternative.getContentType().startsWith("multipart/alternative"), alternative.getContentType());
    assertTrue(alternative.getBodyPart(0).isMimeType("text/plain"));
    assertTrue(alternative.getBodyPart(1).isMimeType("text/html"));

    Matcher token = TOKEN.matcher((String) alternative.getBodyPart(0).getContent());
    assertTrue(token.find(), "the plain text holds the link");
    var session = lokaal.post("api/session/link", "{\"token\":\"" + token.group(1) + "\"}");
    assertEquals(200, session.status(), session.toString());
    JsonObject signedIn = session.json();
    assertEquals("COMPANY", signedIn.getString("role"));
    assertEquals(401, lokaal.post("api/session/link", "{\"token\":\"" + token.group(1) + "\"}").status(), "a link works once");
  }
}
