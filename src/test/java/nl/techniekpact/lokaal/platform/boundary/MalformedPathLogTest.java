package nl.techniekpact.lokaal.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;

class MalformedPathLogTest {

  private static final String CONNECTOR = "org.apache.catalina.connector.CoyoteAdapter";
  private static final String DECODING = "org.glassfish.grizzly.http.util.RequestURIRef";

  @Test
  void recognisesTheConnectorsRecordsOfAPathItCouldNotDecode() {
    assertTrue(
        MalformedPathLog.isMalformedPath(
            record(
                thrown(
                    new IllegalArgumentException("Illegal hex characters in escape (%) pattern"),
                    "org.glassfish.grizzly.http.util.URLDecoder",
                    DECODING,
                    CONNECTOR))));
    assertTrue(
        MalformedPathLog.isMalformedPath(
            record(
                thrown(
                    new ArrayIndexOutOfBoundsException("Index 15 out of bounds for length 15"),
                    "org.glassfish.grizzly.http.util.HttpRequestURIDecoder",
                    DECODING,
                    CONNECTOR))));
  }

  @Test
  void letsEveryOtherRecordThrough() {
    assertFalse(
        MalformedPathLog.isMalformedPath(
            record(thrown(new IllegalStateException("other"), CONNECTOR))));
    assertFalse(
        MalformedPathLog.isMalformedPath(
            record(thrown(new OutOfMemoryError(), DECODING, CONNECTOR))));
    assertFalse(MalformedPathLog.isMalformedPath(new LogRecord(Level.SEVERE, "AS-WEB-CORE-00037")));
  }

  private static <T extends Throwable> T thrown(T thrown, String... classes) {
    StackTraceElement[] trace = new StackTraceElement[classes.length];
    for (int i = 0; i < classes.length; i++) {
      trace[i] = new StackTraceElement(classes[i], "decode", "X.java", 1);
    }
    thrown.setStackTrace(trace);
    return thrown;
  }

  private static LogRecord record(Throwable thrown) {
    LogRecord record = new LogRecord(Level.SEVERE, "AS-WEB-CORE-00037");
    record.setThrown(thrown);
    return record;
  }
}
