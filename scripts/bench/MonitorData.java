import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import nl.techniekpact.lokaal.demo.control.PactBands;

/**
 * A national register for the pact monitor, written straight into Lokaal's migrated schema with
 * multi-row inserts: regions, their register of schools (most of them signed up), companies,
 * venues, five school years of published editions with confirmed bookings, attendance and feedback,
 * and activities outside Lokaal with participations. Attended activities per school and year follow
 * {@link PactBands}; on top come bookings that do not count (absent, unknown, planned). Usage: java
 * MonitorData jdbc=URL user=U password=P [regions=12] [schools=8000] [years=5] [today=2026-12-07]
 * [seed=18]. Last line: data: ... counts and seconds.
 */
public final class MonitorData {

  static final String[] REGIONS = {
    "achterhoek", "liemers", "twente", "drenthe", "groningen", "friesland",
    "flevoland", "utrecht", "zeeland", "brabant-oost", "limburg-zuid", "noord-holland-noord"
  };
  static final String[] SECTORS = {
    "metaal", "bouw", "installatie", "voeding", "logistiek", "ict", "energie", "zorg"
  };
  static final String[] PARTS = {
    "Ber", "Eel", "Hol", "Lin", "Mar", "Oos", "Rijs", "Ven", "Wes", "Zand"
  };
  static final String[] ENDS = {"lo", "dorp", "veld", "horst", "broek", "wijk", "oord", "ingen"};
  static final String[] KINDS = {
    "Technieklokaal", "FIRST LEGO League", "Techniektoernooi", "Gastles"
  };
  static final PactBands BANDS = new PactBands(0.1, 0.2);

  final Map<String, Batch> batches = new HashMap<>();
  final SplittableRandom random;
  final LocalDate today;
  final Connection db;
  long slotIds, groupIds, bookingIds, feedbackIds, externalIds, participationIds;
  int activities;

  MonitorData(Connection db, long seed, LocalDate today) {
    this.db = db;
    this.random = new SplittableRandom(seed);
    this.today = today;
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> arg = new HashMap<>();
    for (String a : args) {
      arg.put(a.substring(0, a.indexOf('=')), a.substring(a.indexOf('=') + 1));
    }
    long started = System.nanoTime();
    try (Connection db =
        DriverManager.getConnection(arg.get("jdbc"), arg.get("user"), arg.get("password"))) {
      MonitorData data =
          new MonitorData(
              db,
              Long.parseLong(arg.getOrDefault("seed", "18")),
              LocalDate.parse(arg.getOrDefault("today", "2026-12-07")));
      data.generate(
          Integer.parseInt(arg.getOrDefault("regions", "12")),
          Integer.parseInt(arg.getOrDefault("schools", "8000")),
          Integer.parseInt(arg.getOrDefault("years", "5")));
      System.out.printf(
          "data: regions=%s schools=%s bookings=%d participations=%d activities=%d seconds=%.1f%n",
          arg.getOrDefault("regions", "12"),
          arg.getOrDefault("schools", "8000"),
          data.bookingIds,
          data.participationIds,
          data.activities,
          (System.nanoTime() - started) / 1e9);
    }
  }

  void generate(int regions, int schools, int years) throws Exception {
    try (Statement s = db.createStatement()) {
      // Rows of a table go in batches of their own, before the rows they refer to may have gone.
      s.execute("set foreign_key_checks = 0");
    }
    Map<String, Long> kinds = new HashMap<>();
    try (Statement s = db.createStatement();
        ResultSet rs =
            s.executeQuery("select id, name from activity_kind where region_id is null")) {
      while (rs.next()) {
        kinds.put(rs.getString(2), rs.getLong(1));
      }
    }
    long edition = 0;
    long external = 0;
    int lastYear = today.getMonthValue() >= 8 ? today.getYear() : today.getYear() - 1;
    for (int r = 0; r < regions; r++) {
      long region = r + 1;
      String code = REGIONS[r % REGIONS.length] + (r < REGIONS.length ? "" : "-" + r);
      add("region", "id, code, name", region, code, "Techniekpact " + code);
      add(
          "venue",
          "id, region_id, name, street, postcode, town, lat, lon",
          region,
          region,
          "Techniekcentrum " + code,
          "Stationsweg 1",
          "7001 AA",
          town(r, 0),
          52.0,
          6.0);
      List<String> municipalities = new ArrayList<>();
      for (int m = 0; m < 8; m++) {
        municipalities.add(town(r, m * 5));
      }
      long companyBase = r * 80L;
      for (int c = 1; c <= 80; c++) {
        add(
            "company",
            "id, region_id, code, name, sector, postcode, town, lat, lon, contact_email, version",
            companyBase + c,
            region,
            "C" + c,
            "Bedrijf " + town(r, c % 40) + " " + c,
            SECTORS[c % SECTORS.length],
            "7001 AB",
            town(r, c % 40),
            52.0,
            6.0,
            "info@bedrijf" + (companyBase + c) + ".example.nl",
            1);
      }
      int first = r * schools / regions;
      int last = (r + 1) * schools / regions;
      List<long[]> register =
          new ArrayList<>(); // {register id, school id or 0, kind 0=PO 1=VO 2=SO}
      for (int i = first; i < last; i++) {
        int kind = random.nextInt(100) < 85 ? 0 : random.nextInt(3) < 2 ? 1 : 2;
        String schoolCode =
            String.format("%02d%c%c00", i % 100, 'A' + (i / 100) % 26, 'A' + (i / 2600) % 26);
        String name =
            (kind == 0 ? "Basisschool " : kind == 1 ? "College " : "SO ")
                + town(r, i % 40)
                + " "
                + i;
        String town = town(r, i % 40);
        add(
            "register_school",
            "id, region_id, code, name, kind, street, postcode, town, municipality, version",
            i + 1,
            region,
            schoolCode,
            name,
            "POVOSO".substring(kind * 2, kind * 2 + 2),
            "Schoolstraat " + (i % 90 + 1),
            "7002 AB",
            town,
            municipalities.get((i % 40) / 5),
            1);
        boolean signedUp = random.nextInt(10) < 7;
        if (signedUp) {
          add(
              "school",
              "id, code, region_id, name, kind, postcode, town, lat, lon, contact_name,"
                  + " contact_email, contact_phone, version",
              i + 1,
              schoolCode,
              region,
              name,
              "POVOSO".substring(kind * 2, kind * 2 + 2),
              "7002 AB",
              town,
              52.0,
              6.0,
              "Directie " + name,
              "info@school" + (i + 1) + ".example.nl",
              "0314-123456",
              1);
        }
        register.add(new long[] {i + 1, signedUp ? i + 1 : 0, kind});
      }
      for (int y = lastYear - years + 1; y <= lastYear; y++) {
        List<Filler> editions = new ArrayList<>();
        LocalDate october =
            LocalDate.of(y, 10, 1).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        editions.add(
            edition(
                ++edition,
                region,
                "COMPANY_VISITS",
                "Week van de Techniek " + y,
                october,
                october.plusDays(4),
                companyBase,
                3));
        LocalDate february =
            LocalDate.of(y + 1, 2, 1).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        editions.add(
            edition(
                ++edition,
                region,
                "SHOW",
                "Techniekshow " + (y + 1),
                february,
                february.plusDays(2),
                -region,
                10));
        editions.add(
            edition(
                ++edition,
                region,
                "CENTRE_VISIT",
                "Centrumbezoeken " + y + "-" + (y + 1),
                LocalDate.of(y, 9, 15),
                LocalDate.of(y + 1, 6, 20),
                -region,
                6));
        List<long[]> held = new ArrayList<>(); // {id, day as epoch day}
        for (int k = 0; k < 15; k++) {
          String kind = KINDS[k < 10 ? 0 : k < 12 ? 1 : k < 13 ? 2 : 3];
          LocalDate day = LocalDate.of(y, 9, 20).plusDays(k * 19L);
          boolean current = y == lastYear;
          if (current && !day.isBefore(today)) {
            day =
                LocalDate.of(y, 9, 1)
                    .plusDays(
                        random.nextInt(
                            (int) (today.toEpochDay() - LocalDate.of(y, 9, 1).toEpochDay())));
          }
          add(
              "external_activity",
              "id, region_id, kind_id, name, held_on, version",
              ++external,
              region,
              kinds.get(kind),
              kind + " " + town(r, k),
              day,
              1);
          held.add(new long[] {external, day.toEpochDay()});
        }
        Set<Long> taking = new HashSet<>();
        int[] attended = BANDS.draw(random, register.size());
        for (int s = 0; s < register.size(); s++) {
          long[] school = register.get(s);
          for (int a = 0; a < attended[s]; a++) {
            if (school[1] != 0 && random.nextInt(100) < 75) {
              book(editions, school, 'C');
            } else {
              participate(held, taking, school);
            }
          }
          if (school[1] != 0 && random.nextInt(100) < 60) {
            book(editions, school, random.nextBoolean() ? 'A' : 'U');
          }
        }
      }
    }
    for (String table :
        List.of(
            "region",
            "venue",
            "company",
            "register_school",
            "school",
            "edition",
            "visit_slot",
            "class_group",
            "booking",
            "attendance",
            "feedback",
            "external_activity",
            "external_participation")) {
      Batch b = batches.get(table);
      if (b != null) {
        b.flush();
      }
    }
    try (Statement s = db.createStatement()) {
      s.execute("set foreign_key_checks = 1");
      s.execute(
          "analyze table register_school, school, booking, visit_slot, class_group,"
              + " attendance, feedback, external_activity, external_participation");
    }
  }

  /** An attended (C), absent (A) or unknown (U) booking; after today it is planned instead. */
  void book(List<Filler> editions, long[] school, char turnout) throws Exception {
    Filler f = editions.get(random.nextInt(editions.size()));
    long[] slot = f.slot(turnout == 'C');
    if (slot == null) {
      f = editions.get(2);
      slot = f.slot(turnout == 'C');
    }
    LocalDate day = LocalDate.ofEpochDay(slot[1]);
    String level =
        school[2] == 1
            ? (random.nextBoolean() ? "VO1" : "VO2")
            : "PO" + (5 + Math.min(3, random.nextInt(5)));
    int pupils = random.nextInt(18, 31);
    long group = ++groupIds;
    add(
        "class_group",
        "id, edition_id, school_id, code, name, level, pupils, teacher_email, days, transport, reach_km, version",
        group,
        f.edition,
        school[1],
        "G" + group,
        level + "a",
        level,
        pupils,
        "leerkracht" + group + "@school" + school[1] + ".example.nl",
        day.toString(),
        "BUS",
        20.0,
        1);
    long booking = ++bookingIds;
    add(
        "booking",
        "id, slot_id, group_id, pupils, status, sequence, created_at",
        booking,
        slot[0],
        group,
        pupils,
        "CONFIRMED",
        0,
        day.minusMonths(2).atTime(10, 0));
    activities++;
    if (!day.isBefore(today) || turnout == 'U') {
      return;
    }
    boolean came = turnout == 'C';
    add(
        "attendance",
        "booking_id, came, pupils, marked_by, marked_at, version",
        booking,
        came,
        came ? pupils - random.nextInt(3) : 0,
        "HOST",
        day.atTime(15, 0),
        1);
    if (came) {
      for (String respondent : List.of("TEACHER", "HOST")) {
        if (random.nextInt(10) < (respondent.equals("TEACHER") ? 7 : 4)) {
          boolean answered = random.nextInt(10) < 7;
          int rating =
              5 - Math.min(4, random.nextInt(4) == 0 ? random.nextInt(5) : random.nextInt(2));
          add(
              "feedback",
              "id, booking_id, respondent, token_hash, requested_at, answered_at, rating, went_well,"
                  + " could_be_better, come_again, version",
              ++feedbackIds,
              booking,
              respondent,
              String.format("%064x", feedbackIds),
              day.plusDays(1).atTime(8, 0),
              answered ? day.plusDays(2).atTime(9, 0) : null,
              answered ? rating : null,
              answered ? "Leerzaam en goed begeleid." : null,
              answered && rating < 4 ? "Meer zelf doen." : null,
              answered && respondent.equals("TEACHER") ? rating > 2 : null,
              1);
        }
      }
    }
  }

  void participate(List<long[]> held, Set<Long> taking, long[] school) throws Exception {
    for (int attempt = 0; attempt < 30; attempt++) {
      long[] activity = held.get(random.nextInt(held.size()));
      if (taking.add(activity[0] * 10_000_000L + school[0])) {
        int groups = random.nextInt(4) == 0 ? 2 : 1;
        add(
            "external_participation",
            "id, activity_id, school_id, groups_count, pupils, level",
            ++participationIds,
            activity[0],
            school[0],
            groups,
            groups * random.nextInt(18, 30),
            school[2] == 1 ? "VO1" : random.nextInt(5) == 0 ? null : "PO8");
        activities++;
        return;
      }
    }
  }

  Filler edition(
      long id,
      long region,
      String kind,
      String name,
      LocalDate first,
      LocalDate last,
      long hosts,
      int maxGroups)
      throws Exception {
    add(
        "edition",
        "id, region_id, kind, name, first_day, last_day, registration_opens, registration_closes,"
            + " allowed_levels, visits_per_group, status, version",
        id,
        region,
        kind,
        name,
        first,
        last,
        first.minusMonths(4),
        first.minusWeeks(3),
        "PO5;PO6;PO7;PO8;VO1;VO2",
        1,
        first.isAfter(today) ? "OPEN" : "PUBLISHED",
        1);
    return new Filler(id, first, last, hosts, maxGroups);
  }

  /** Slots of one edition, each new one when the last is full, on the edition's school days. */
  final class Filler {
    final long edition;
    final long hosts;
    final int maxGroups;
    final List<LocalDate> days = new ArrayList<>();
    final long[][] current = new long[2][]; // [0] before today, [1] from today on
    final int[] booked = new int[2];
    int slots;

    Filler(long edition, LocalDate first, LocalDate last, long hosts, int maxGroups) {
      this.edition = edition;
      this.hosts = hosts;
      this.maxGroups = maxGroups;
      for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
        if (d.getDayOfWeek().getValue() <= 5) {
          days.add(d);
        }
      }
    }

    /** A slot with room: one whose day is past when {@code past}, any otherwise; null if none. */
    long[] slot(boolean past) throws Exception {
      List<LocalDate> pick = past ? days.stream().filter(d -> d.isBefore(today)).toList() : days;
      if (pick.isEmpty()) {
        return null;
      }
      LocalDate day = pick.get(random.nextInt(pick.size()));
      int half = day.isBefore(today) ? 0 : 1;
      if (current[half] == null || booked[half] >= maxGroups || (past && half == 1)) {
        long id = ++slotIds;
        long company = hosts > 0 ? hosts + 1 + random.nextInt(80) : 0;
        boolean morning = random.nextBoolean();
        add(
            "visit_slot",
            "id, edition_id, code, company_id, venue_id, visit_day, start_time, end_time, seats,"
                + " max_groups, levels, version",
            id,
            edition,
            "S" + (++slots),
            company > 0 ? company : null,
            company > 0 ? null : -hosts,
            day,
            morning ? "09:00:00" : "13:00:00",
            morning ? "11:30:00" : "15:30:00",
            maxGroups * 31,
            maxGroups,
            "PO5;PO6;PO7;PO8;VO1;VO2",
            1);
        current[half] = new long[] {id, day.toEpochDay()};
        booked[half] = 0;
      }
      booked[half]++;
      return current[half];
    }
  }

  static String town(int region, int n) {
    return PARTS[(region + n) % PARTS.length]
        + ENDS[(n * 3 + region) % ENDS.length]
        + (n >= 20 ? " aan de " + PARTS[n % PARTS.length] + "beek" : "");
  }

  void add(String table, String columns, Object... values) throws Exception {
    batches.computeIfAbsent(table, t -> new Batch(t, columns)).add(values);
  }

  /** Rows of one table, sent as one insert of up to 2,000 rows. */
  final class Batch {
    final String head;
    final StringBuilder rows = new StringBuilder();
    int count;

    Batch(String table, String columns) {
      head = "insert into " + table + " (" + columns + ") values ";
    }

    void add(Object[] values) throws Exception {
      rows.append(count == 0 ? "(" : ",(");
      for (int i = 0; i < values.length; i++) {
        Object v = values[i];
        rows.append(i == 0 ? "" : ",");
        if (v == null) {
          rows.append("null");
        } else if (v instanceof Number || v instanceof Boolean) {
          rows.append(v);
        } else {
          rows.append('\'')
              .append(v.toString().replace("T", v instanceof String ? "T" : " ").replace("'", "''"))
              .append('\'');
        }
      }
      rows.append(')');
      if (++count == 2000) {
        flush();
      }
    }

    void flush() throws Exception {
      if (count > 0) {
        try (Statement s = db.createStatement()) {
          s.executeUpdate(head + rows);
        }
        rows.setLength(0);
        count = 0;
      }
    }
  }
}
