package nl.techniekpact.lokaal.school.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores {@link Days} as ISO dates separated by ";". */
@Converter(autoApply = true)
public class DaysConverter implements AttributeConverter<Days, String> {

  @Override
  public String convertToDatabaseColumn(Days days) {
    return days == null ? null : days.codes();
  }

  @Override
  public Days convertToEntityAttribute(String text) {
    return text == null ? null : Days.parse(text, "days");
  }
}
