package nl.techniekpact.lokaal.platform.boundary;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;

/** The language a request asks to be answered in: its first Accept-Language, else Dutch. */
public final class RequestLanguage {

  private RequestLanguage() {}

  public static Locale of(HttpHeaders headers) {
    return headers.getAcceptableLanguages().stream()
        .findFirst()
        .orElse(Locale.forLanguageTag("nl"));
  }
}
