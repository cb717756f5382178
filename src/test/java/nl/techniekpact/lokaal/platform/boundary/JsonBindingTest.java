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
    public String name;
    public LocalDate firstDay;
    public List<LocalDate> days;
    public Double reachKm;
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
    Request request =
        read(
            "{\"pupils\":null,\"groupId\":null,\"waitIfFull\":null,\"name\":null,"
                + "\"firstDay\":null,\"days\":null,\"reachKm\":null}");
    assertNull(request.pupils);
    assertNull(request.groupId);
    assertNull(request.waitIfFull);
    assertNull(request.name);
    assertNull(request.firstDay);
    assertNull(request.days);
    assertNull(request.reachKm);
  }

  @Test
  void readsTextDatesAndDecimals() {
    Request request =
        read(
            "{\"name\":\"groep 7a\",\"firstDay\":\"2027-03-15\",\"days\":[\"2027-03-16\"],"
                + "\"reachKm\":12.5}");
    assertEquals("groep 7a", request.name);
    assertEquals(LocalDate.of(2027, 3, 15), request.firstDay);
    assertEquals(List.of(LocalDate.of(2027, 3, 16)), request.days);
    assertEquals(12.5, request.reachKm);
  }

  @Test
  void readsADecimalWrittenAsText() {
    assertEquals(20.0, read("{\"reachKm\":\"20\"}").reachKm);
  }

  @Test
  void refusesAFieldTheRequestDoesNotHave() {
    assertRefused("bogus", "{\"name\":\"x\",\"bogus\":1}");
  }

  @ParameterizedTest
  @ValueSource(strings = {"true", "12", "{}", "[]", "[\"x\"]"})
  void refusesTextThatIsNotAJsonString(String value) {
    assertRefused("name", "{\"name\":" + value + "}");
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

  @ParameterizedTest
  @ValueSource(strings = {"\"NaN\"", "\"Infinity\"", "1e400", "-1e400", "\"far\"", "true", "[1]"})
  void refusesADecimalThatIsNotAFiniteNumber(String value) {
    assertRefused("reachKm", "{\"reachKm\":" + value + "}");
  }

  @Test
  void refusesAnArrayFieldGivenAsText() {
    assertRefused("days", "{\"days\":\"MONDAY\"}");
  }

  @Test
  void refusesDeeplyNestedInput() {
    String deep = "[".repeat(10_000) + "]".repeat(10_000);
    assertThrows(JsonbException.class, () -> read("{\"name\":" + deep + "}"));
    assertThrows(JsonbException.class, () -> read("{\"pupils\":" + deep + "}"));
    assertThrows(JsonbException.class, () -> read(deep));
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
