package nl.techniekpact.lokaal.event.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores {@link Levels} as their codes, "PO7;PO8". */
@Converter(autoApply = true)
public class LevelsConverter implements AttributeConverter<Levels, String> {

  @Override
  public String convertToDatabaseColumn(Levels levels) {
    return levels == null ? null : levels.codes();
  }

  @Override
  public Levels convertToEntityAttribute(String codes) {
    return codes == null ? null : Levels.parse(codes, "levels");
  }
}
