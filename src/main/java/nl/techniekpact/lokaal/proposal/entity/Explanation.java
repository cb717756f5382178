package nl.techniekpact.lokaal.proposal.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Locale;

/**
 * Why a group got what it got, in each language Lokaal speaks: Dutch first, English and German. A
 * proposal stored with the Dutch text only shows it in every language.
 */
@Embeddable
public class Explanation {

  /** Each text is cut to what its column holds. */
  public static final int MOST_CHARS = 1000;

  @Column(name = "explanation", length = MOST_CHARS)
  private String dutch;

  @Column(name = "explanation_en", length = MOST_CHARS)
  private String english;

  @Column(name = "explanation_de", length = MOST_CHARS)
  private String german;

  protected Explanation() {}

  public Explanation(String dutch, String english, String german) {
    this.dutch = cut(dutch);
    this.english = cut(english);
    this.german = cut(german);
  }

  /** The text in the reader's language, Dutch for any other (and where the language is missing). */
  public String in(Locale locale) {
    String language = locale == null ? "nl" : locale.getLanguage();
    String text =
        switch (language) {
          case "en" -> english;
          case "de" -> german;
          default -> dutch;
        };
    return text == null ? dutch : text;
  }

  private static String cut(String text) {
    return text == null ? null : text.substring(0, Math.min(text.length(), MOST_CHARS));
  }

  @Override
  public String toString() {
    return dutch;
  }
}
