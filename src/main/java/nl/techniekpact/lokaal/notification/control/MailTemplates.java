package nl.techniekpact.lokaal.notification.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders the mail texts of {@code mail-templates/} with Thymeleaf: for template {@code name} and
 * language {@code nl}, {@code name_nl.txt} (first line "Subject: ...", then the plain text) and
 * {@code name_nl.html}. Dutch is the fallback for any other language. Dates and times of day are
 * written as people write them in the mail's language (see {@link MailDates}).
 */
@ApplicationScoped
public class MailTemplates {

  public static final List<String> LANGUAGES = List.of("nl", "en", "de");

  public record Rendered(String subject, String text, String html) {}

  private final TemplateEngine engine = new TemplateEngine();

  public MailTemplates() {
    engine.addTemplateResolver(resolver(TemplateMode.TEXT, ".txt", 1));
    engine.addTemplateResolver(resolver(TemplateMode.HTML, ".html", 2));
  }

  private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String suffix, int order) {
    ClassLoaderTemplateResolver resolver =
        new ClassLoaderTemplateResolver(MailTemplates.class.getClassLoader());
    resolver.setPrefix("mail-templates/");
    resolver.setSuffix(suffix);
    resolver.setTemplateMode(mode);
    resolver.setCharacterEncoding("UTF-8");
    resolver.setOrder(order);
    resolver.setCheckExistence(true);
    resolver.setCacheable(true);
    return resolver;
  }

  public Rendered render(String template, Locale locale, Map<String, Object> variables) {
    String language = language(locale);
    Locale in = Locale.forLanguageTag(language);
    Context context = new Context(in, MailDates.worded(variables, in));
    String text = engine.process(template + "_" + language + ".txt", context);
    int end = text.indexOf('\n');
    if (!text.startsWith("Subject:") || end < 0) {
      throw new IllegalStateException(
          "mail template " + template + "_" + language + ".txt must start with a Subject: line");
    }
    String subject = text.substring("Subject:".length(), end).strip();
    String body = text.substring(end + 1).stripLeading();
    String html = engine.process(template + "_" + language + ".html", context);
    return new Rendered(subject, body, html);
  }

  public static String language(Locale locale) {
    return locale != null && LANGUAGES.contains(locale.getLanguage()) ? locale.getLanguage() : "nl";
  }
}
