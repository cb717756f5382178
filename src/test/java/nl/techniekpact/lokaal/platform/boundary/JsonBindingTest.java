package nl.techniekpact.lokaal.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonBindingTest {

  public static class Request {
    public Integer pupils;
    public Long groupId;
    public Boolean waitIfFull;
    public LocalDate firstDay;
    public List<LocalDate> days;
  }

  private final Jsonb jsonb = new JsonBinding().getContext(Request.class);

  private Request read(String json) {
    return jsonb.fromJson(json, Request.class);
  }

  @Test
  void readsWholeNumbersAndTruthValues() {
    Request request = read("{\"pupils\":24,\"groupId\":9007199254740993,\"waitIfFull\":false}");
    assertEquals(24, request.pupils);
    assertEquals(9007199254740993L, request.groupId);
    assertEquals(false, request.waitIfFull);
  }

  @Test
  void readsNumbersAndTruthValuesWrittenAsText() {
    Request request = read("{\"pupils\":\"24\",\"groupId\":\"7\",\"waitIfFull\":\"true\"}");
    assertEquals(24, request.pupils);
    assertEquals(7L, request.groupId);
    assertEquals(true, request.waitIfFull);
  }

  @Test
  void readsAWholeNumberWrittenWithAnExponentOrZeroFraction() {
    assertEquals(1000, read("{\"pupils\":1e3}").pupils);
    assertEquals(20, read("{\"pupils\":20.0}").pupils);
  }

  @Test
  void readsNullsAsAbsent() {
    Request request = read("{\"pupils\":null,\"groupId\":null,\"waitIfFull\":null}");
    assertNull(request.pupils);
    assertNull(request.groupId);
    assertNull(request.waitIfFull);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2.5", "\"2.5\"", "3e9", "-3e9", "\"many\"", "true", "[1]"})
  void refusesAPupilCountThatIsNotAWholeNumberInRange(String value) {
    assertRefused("pupils", "{\"pupils\":" + value + "}");
  }

  @ParameterizedTest
  @ValueSource(strings = {"99999999999999999999999", "1.5", "1e40", "\"x\""})
  void refusesAnIdThatIsNotAWholeNumberInRange(String value) {
    assertRefused("groupId", "{\"groupId\":" + value + "}");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\"-999999999-01-01\"",
        "\"+999999999-12-31\"",
        "\"+10000-01-01\"",
        "\"2027-1-1\"",
        "\"2027-02-30\"",
        "\"2027-03-15T00:00\"",
        "\" 2027-03-15\"",
        "20270315",
        "true"
      })
  void refusesADateThatIsNotAFullDateOfFourDigitYear(String value) {
    assertRefused("firstDay", "{\"firstDay\":" + value + "}");
    assertRefused("days", "{\"days\":[" + value + "]}");
  }

  @Test
  void readsAFullDate() {
    assertEquals(LocalDate.of(2027, 3, 15), read("{\"firstDay\":\"2027-03-15\"}").firstDay);
  }

  @Test
  void refusesAVeryLongNumberWrittenAsText() {
    assertRefused("pupils", "{\"pupils\":\"" + "1".repeat(100_000) + "\"}");
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"yes\"", "\"nee\"", "1", "0", "\"\""})
  void refusesATruthValueOtherThanTrueOrFalse(String value) {
    assertRefused("waitIfFull", "{\"waitIfFull\":" + value + "}");
  }

  /** Refused as a property of the request, as UnexpectedErrorMapper needs to name the field. */
  private void assertRefused(String field, String json) {
    JsonbException refused = assertThrows(JsonbException.class, () -> read(json), json);
    assertTrue(
        String.valueOf(refused.getMessage()).contains(field),
        json + " refused without naming " + field + ": " + refused.getMessage());
  }
}
