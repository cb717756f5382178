package nl.techniekpact.lokaal.platform.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.techniekpact.lokaal.platform.entity.GeoPoint;
import nl.techniekpact.lokaal.platform.entity.Town;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The towns of the regions Lokaal serves, read from {@code places/towns.csv} on the class path
 * (columns town, postcode, lat, lon, region). Plain Java, so the demo generator and tools can use
 * it without a container.
 */
public final class Towns {

  /** The table on the class path. */
  public static final String RESOURCE = "/places/towns.csv";

  /** How far apart two postcode numbers may be and still count as the same neighbourhood. */
  public static final int POSTCODE_REACH = 30;

  private static final Pattern POSTCODE_NUMBER =
      Pattern.compile("^\\s*([1-9][0-9]{3})(?:\\s*[A-Za-z]{2})?\\s*$");

  private final List<Town> towns;

  public Towns(List<Town> towns) {
    this.towns = List.copyOf(towns);
  }

  /** The table shipped with Lokaal, read once. */
  public static Towns standard() {
    return Standard.TOWNS;
  }

  /** Reads a table in the format of {@link #RESOURCE}. */
  public static Towns read(InputStream csv) {
    CSVFormat format =
        CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
    List<Town> read = new ArrayList<>();
    try (CSVParser parser =
        CSVParser.parse(new InputStreamReader(csv, StandardCharsets.UTF_8), format)) {
      for (CSVRecord row : parser) {
        GeoPoint centre =
            new GeoPoint(Double.parseDouble(row.get("lat")), Double.parseDouble(row.get("lon")));
        read.add(new Town(row.get("town"), row.get("postcode"), centre, row.get("region")));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the towns table", e);
    }
    return new Towns(read);
  }

  /** All towns in table order. */
  public List<Town> all() {
    return towns;
  }

  /** The towns of one region, such as {@code achterhoek}, in table order. */
  public List<Town> inRegion(String region) {
    return towns.stream().filter(t -> t.region().equalsIgnoreCase(region.strip())).toList();
  }

  /** The town of that name, ignoring case and surrounding spaces. */
  public Optional<Town> byName(String name) {
    if (name == null) {
      return Optional.empty();
    }
    String wanted = name.strip().toLowerCase(Locale.ROOT);
    return towns.stream().filter(t -> t.name().toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
  }

  /**
   * The town a postcode most likely lies in. This is an approximation: it looks only at the four
   * digits, takes a town with exactly those digits if there is one, and otherwise the town whose
   * number is numerically closest, at most {@link #POSTCODE_REACH} away (ties go to the lower
   * number). Dutch postcode numbers are handed out by area, so near numbers are usually near
   * places, but not always; a real lookup needs the full postcode table.
   */
  public Optional<Town> nearestToPostcode(String postcode) {
    Matcher digits = POSTCODE_NUMBER.matcher(postcode == null ? "" : postcode);
    if (!digits.matches()) {
      return Optional.empty();
    }
    int number = Integer.parseInt(digits.group(1));
    return towns.stream()
        .filter(t -> Math.abs(t.postcodeNumber() - number) <= POSTCODE_REACH)
        .min(
            Comparator.<Town>comparingInt(t -> Math.abs(t.postcodeNumber() - number))
                .thenComparingInt(Town::postcodeNumber));
  }

  /** Holder idiom: the table is read on first use, once, without locking afterwards. */
  private static final class Standard {
    private static final Towns TOWNS = load();

    private static Towns load() {
      InputStream csv = Towns.class.getResourceAsStream(RESOURCE);
      if (csv == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the class path");
      }
      return read(csv);
    }
  }
}
