package nl.techniekpact.lokaal.platform.boundary;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import nl.techniekpact.lokaal.platform.control.Messages;
import nl.techniekpact.lokaal.platform.entity.InvalidValueException;

/**
 * A JSON request body is UTF-8 (RFC 8259) and small. Without this, the parser read bytes that are
 * not UTF-8 as replacement characters and stored them in names, honoured no declared charset but
 * guessed one, and read a body of any size into memory. Now a JSON body declared in another charset
 * is refused (415), one that is not UTF-8 (400), and one over {@value #LARGEST} bytes (413), before
 * it is parsed; no request of Lokaal's comes near that size (an edition's files travel as a zip).
 */
@Provider
public class JsonBodies implements ReaderInterceptor {

  static final int LARGEST = 1 << 20;

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    MediaType type = context.getMediaType();
    if (type == null || !isJson(type)) {
      return context.proceed();
    }
    String charset = type.getParameters().get(MediaType.CHARSET_PARAMETER);
    if (charset != null && !charset.equalsIgnoreCase(StandardCharsets.UTF_8.name())) {
      throw refused(context, 415, "body.charset", abbreviated(charset));
    }
    byte[] body = context.getInputStream().readNBytes(LARGEST + 1);
    if (body.length > LARGEST) {
      throw refused(context, 413, "body.tooLarge", LARGEST);
    }
    if (!isUtf8(body)) {
      throw new InvalidValueException("body", "body.notUtf8");
    }
    context.setInputStream(new ByteArrayInputStream(body));
    return context.proceed();
  }

  /** A refusal already worded, which {@link WebApplicationMapper} passes on as it is. */
  private static WebApplicationException refused(
      ReaderInterceptorContext context, int status, String key, Object... args) {
    Messages messages = Messages.in(language(context.getHeaders().getFirst("Accept-Language")));
    String type = "http-" + status;
    return new WebApplicationException(
        Problem.of(status, type, messages.text("title." + type), messages)
            .say(key, args)
            .response());
  }

  /** The first language of an Accept-Language header that Lokaal speaks, else Dutch. */
  static Locale language(String acceptLanguage) {
    try {
      return acceptLanguage == null
          ? Messages.DUTCH
          : Locale.LanguageRange.parse(acceptLanguage).stream()
              .map(range -> Locale.forLanguageTag(range.getRange()))
              .filter(Messages::speaks)
              .findFirst()
              .map(Messages::supported)
              .orElse(Messages.DUTCH);
    } catch (IllegalArgumentException unreadable) {
      return Messages.DUTCH;
    }
  }

  static boolean isJson(MediaType type) {
    return "application".equalsIgnoreCase(type.getType())
        && (type.getSubtype().equalsIgnoreCase("json")
            || type.getSubtype().toLowerCase(java.util.Locale.ROOT).endsWith("+json"));
  }

  static boolean isUtf8(byte[] body) {
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(body));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static String abbreviated(String text) {
    return text.length() <= 40 ? text : text.substring(0, 40) + "...";
  }
}
