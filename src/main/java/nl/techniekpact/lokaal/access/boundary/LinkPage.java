package nl.techniekpact.lokaal.access.boundary;

/**
 * The small HTML pages of a mailed sign-in link, in Dutch, English and German at once (the person
 * has not chosen a language yet). Styled by the site's own stylesheet: no inline style or script.
 */
final class LinkPage {

  private LinkPage() {}

  /** A browser asks for a page; an API client for JSON. */
  static boolean isPage(jakarta.ws.rs.core.MediaType type) {
    return !type.isWildcardType() && type.isCompatible(jakarta.ws.rs.core.MediaType.TEXT_HTML_TYPE);
  }

  /** The button that signs in; the form posts the link's token and the page's own form token. */
  static String button(String token, String form) {
    return page(
        "Inloggen bij Lokaal",
        """
        <form method="post" action="/api/session/link">
        <input type="hidden" name="token" value="%s"><input type="hidden" name="form" value="%s">
        <p><button type="submit">Inloggen / Sign in / Anmelden</button></p></form>
        """
            .formatted(token, form));
  }

  static String openAgain() {
    return page(
        "Open de link opnieuw",
        """
        <p>Open de link uit uw e-mail opnieuw en druk dan op de knop.</p>
        <p lang="en">Please open the link from your e-mail again, then press the button.</p>
        <p lang="de">Bitte öffnen Sie den Link aus Ihrer E-Mail erneut und drücken Sie dann die Schaltfläche.</p>
        """);
  }

  static String expired() {
    return page(
        "Deze link werkt niet meer",
        """
        <p>Deze inloglink is al gebruikt of verlopen. <a href="/inloggen.html">Vraag een nieuwe aan</a>.</p>
        <p lang="en">This sign-in link was used already or has expired. <a href="/inloggen.html">Ask for a new one</a>.</p>
        <p lang="de">Dieser Anmeldelink wurde schon benutzt oder ist abgelaufen. <a href="/inloggen.html">Fordern Sie einen neuen an</a>.</p>
        """);
  }

  private static String page(String title, String body) {
    return """
        <!DOCTYPE html><html lang="nl"><head><meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>%s</title><link rel="stylesheet" href="/assets/lokaal.css"></head>
        <body><main><h1>%s</h1>
        %s</main></body></html>
        """
        .formatted(title, title, body);
  }
}
