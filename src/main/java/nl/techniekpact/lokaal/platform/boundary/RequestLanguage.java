package nl.techniekpact.lokaal.platform.boundary;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;

/** The language a request asks to be answered in: its first Accept-Language, else Dutch. */
public final class RequestLanguage {

  private RequestLanguage() {}

  /** An Accept-Language that is no list of languages is refused: 400, not Dutch by surprise. */
  public static Locale of(HttpHeaders headers) {
    try {
      return headers.getAcceptableLanguages().stream()
          .findFirst()
          .orElse(Locale.forLanguageTag("nl"));
    } catch (RuntimeException unreadable) {
      // JAX-RS leaves the exception to the implementation (Jersey: a ProcessingException).
      throw new BadRequestException(
          "Accept-Language is not a list of languages: "
              + abbreviated(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)),
          unreadable);
    }
  }

  private static String abbreviated(String header) {
    return header == null || header.length() <= 40 ? header : header.substring(0, 40) + "...";
  }
}
