package nl.techniekpact.lokaal.platform.boundary;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import java.util.Locale;
import nl.techniekpact.lokaal.platform.control.Messages;
import nl.techniekpact.lokaal.platform.entity.InvalidValueException;

/**
 * The language a request asks to be answered in: the first of its Accept-Language that Lokaal
 * speaks (Dutch, English, German), else Dutch.
 */
public final class RequestLanguage {

  private RequestLanguage() {}

  /** An Accept-Language that is no list of languages is refused: 400, not Dutch by surprise. */
  public static Locale of(HttpHeaders headers) {
    try {
      return firstSpoken(headers.getAcceptableLanguages());
    } catch (RuntimeException unreadable) {
      // JAX-RS leaves the exception to the implementation (Jersey: a ProcessingException).
      throw new InvalidValueException(
          HttpHeaders.ACCEPT_LANGUAGE,
          "invalid.acceptLanguage",
          abbreviated(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)));
    }
  }

  /**
   * The messages in the request's language; Dutch when Accept-Language cannot be read, or outside a
   * request.
   */
  public static Messages messages(HttpHeaders headers) {
    if (headers == null) {
      return Messages.in(Messages.DUTCH);
    }
    try {
      return Messages.in(of(headers));
    } catch (InvalidValueException unreadable) {
      return Messages.in(Messages.DUTCH);
    }
  }

  /** As {@link #messages(HttpHeaders)}, for a filter that has the request itself. */
  public static Messages messages(jakarta.ws.rs.container.ContainerRequestContext request) {
    try {
      return Messages.in(firstSpoken(request.getAcceptableLanguages()));
    } catch (RuntimeException unreadable) {
      return Messages.in(Messages.DUTCH);
    }
  }

  /** The first of the languages asked for that Lokaal speaks, else Dutch. */
  private static Locale firstSpoken(List<Locale> asked) {
    return asked.stream()
        .filter(Messages::speaks)
        .findFirst()
        .map(Messages::supported)
        .orElse(Messages.DUTCH);
  }

  private static String abbreviated(String header) {
    return header == null || header.length() <= 40 ? header : header.substring(0, 40) + "...";
  }
}
