import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;

/**
 * The benchmark's SMTP server: GreenMail (as in the integration tests) on 127.0.0.1:SMTP_PORT, and
 * POST http://127.0.0.1:API_PORT/api/mail/purge to empty its mailboxes between two runs. Usage:
 * java -cp <greenmail + jakarta mail> SmtpServer.java SMTP_PORT API_PORT
 */
public class SmtpServer {

  public static void main(String[] args) throws Exception {
    GreenMail mail = new GreenMail(new ServerSetup(Integer.parseInt(args[0]), "127.0.0.1", "smtp"));
    mail.start();
    HttpServer api =
        HttpServer.create(new InetSocketAddress("127.0.0.1", Integer.parseInt(args[1])), 0);
    api.createContext(
        "/api/mail/purge",
        exchange -> {
          int held = mail.getReceivedMessages().length;
          try {
            mail.purgeEmailFromAllMailboxes();
          } catch (Exception e) {
            throw new java.io.IOException(e);
          }
          byte[] body = ("purged " + held).getBytes();
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    api.start();
    System.out.println("smtp: listening on " + args[0]);
    Thread.currentThread().join();
  }
}
