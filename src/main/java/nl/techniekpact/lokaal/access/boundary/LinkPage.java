package nl.techniekpact.lokaal.access.boundary;

import java.util.Locale;
import nl.techniekpact.lokaal.platform.control.Messages;

/**
 * The small HTML pages of a mailed sign-in link, in the language of the mail (its link says which)
 * or else of the browser, with Lokaal's header, styled by the site's own stylesheet: no inline
 * style or script. The words are the notification feature's {@code linkPage.*} messages.
 */
final class LinkPage {

  private LinkPage() {}

  /** A browser asks for a page; an API client for JSON. */
  static boolean isPage(jakarta.ws.rs.core.MediaType type) {
    return !type.isWildcardType() && type.isCompatible(jakarta.ws.rs.core.MediaType.TEXT_HTML_TYPE);
  }

  /**
   * The language asked for by the link ({@code nl}, {@code en}, {@code de}), else the browser's.
   */
  static Locale language(String asked, Locale browser) {
    Locale wanted = asked == null ? null : Locale.forLanguageTag(asked);
    return Messages.speaks(wanted) ? Messages.supported(wanted) : Messages.supported(browser);
  }

  /** The button that signs in; the form posts the link's token and the page's own form token. */
  static String button(String token, String form, Locale language) {
    Messages m = Messages.in(language);
    return page(
        m,
        "linkPage.title",
        """
        <p>%s</p>
        <form method="post" action="/api/session/link">
        <input type="hidden" name="token" value="%s"><input type="hidden" name="form" value="%s">
        <input type="hidden" name="lang" value="%s">
        <div class="actions"><button type="submit">%s</button></div></form>
        """
            .formatted(
                escape(m.text("linkPage.intro")),
                token,
                form,
                m.locale().getLanguage(),
                escape(m.text("linkPage.button"))));
  }

  static String openAgain(Locale language) {
    Messages m = Messages.in(language);
    return page(m, "linkPage.openAgain.title", "<p>%s</p>".formatted(m.text("linkPage.openAgain")));
  }

  static String expired(Locale language) {
    Messages m = Messages.in(language);
    return page(
        m,
        "linkPage.expired.title",
        """
        <p>%s</p>
        <p><a class="button" href="/inloggen.html">%s</a></p>
        """
            .formatted(escape(m.text("linkPage.expired")), escape(m.text("linkPage.askNew"))));
  }

  private static String page(Messages m, String titleKey, String body) {
    String title = escape(m.text(titleKey));
    return """
        <!DOCTYPE html><html lang="%s"><head><meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>%s – Lokaal</title><link rel="stylesheet" href="/assets/lokaal.css"></head>
        <body><header class="site"><a class="brand" href="/">Lokaal</a></header>
        <main><div class="card"><h1>%s</h1>
        %s</div></main></body></html>
        """
        .formatted(m.locale().getLanguage(), title, title, body);
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
