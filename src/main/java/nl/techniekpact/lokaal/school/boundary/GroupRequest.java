package nl.techniekpact.lokaal.school.boundary;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.techniekpact.lokaal.event.entity.Level;
import nl.techniekpact.lokaal.platform.entity.Contact;
import nl.techniekpact.lokaal.platform.entity.InvalidValueException;
import nl.techniekpact.lokaal.platform.entity.InvalidValueException.Violation;
import nl.techniekpact.lokaal.platform.entity.Violations;
import nl.techniekpact.lokaal.school.entity.Days;
import nl.techniekpact.lokaal.school.entity.Transport;

/** A class group as its school registers it. Wishes are company ids from the offer, best first. */
public class GroupRequest {
  /** Only organisers say for which school; a school always registers its own groups. */
  public Long schoolId;

  @NotBlank
  @Size(max = 60)
  public String name;

  @NotNull public Level level;

  @NotNull
  @Min(1)
  @Max(40)
  public Integer pupils;

  @Size(max = 120)
  public String teacherName;

  @NotBlank
  @Email
  @Size(max = 254)
  public String teacherEmail;

  @Size(max = 20)
  public String teacherPhone;

  /** The language the teacher's mail is written in: nl (default), en or de. */
  @Size(max = 2)
  public String teacherLanguage;

  @NotEmpty
  @Size(max = 10)
  public List<@NotNull LocalDate> days;

  @NotNull public Transport transport;

  @NotNull
  @DecimalMin("0.5")
  @DecimalMax("150")
  public Double reachKm;

  /** Optional: left out or null, the group wishes for no company in particular. */
  @Size(max = 5)
  public List<@NotNull Long> wishes = List.of();

  /**
   * The teacher, or null after adding to {@code refused} what is wrong with the teacher's fields,
   * named as this form names them.
   */
  Contact teacher(Violations refused) {
    try {
      return new Contact(teacherName, teacherEmail, teacherPhone).writingIn(teacherLanguage);
    } catch (InvalidValueException e) {
      for (Violation v : e.violations()) {
        refused.add(
            new Violation(TEACHER_FIELDS.getOrDefault(v.field(), v.field()), v.key(), v.args()));
      }
      return null;
    }
  }

  /** The teacher's fields as {@link Contact} names them, and as this form does. */
  private static final Map<String, String> TEACHER_FIELDS =
      Map.of(
          "contact.name", "teacherName",
          "contact.email", "teacherEmail",
          "contact.phone", "teacherPhone",
          "language", "teacherLanguage");

  List<Long> wishList() {
    return wishes == null ? List.of() : wishes;
  }

  Days daySet() {
    return Days.of(days, "days");
  }
}
