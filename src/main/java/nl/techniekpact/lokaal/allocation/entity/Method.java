package nl.techniekpact.lokaal.allocation.entity;

/** How an allocation was made. */
public enum Method {
  /** Lexicographic mixed-integer programme: exact, for regional editions. */
  MIP("mip"),
  /** Seat-split min-cost flow, then local search: for national editions. */
  FLOW("flow"),
  /** Groups in file order, each taking its best open slot: the baseline to beat. */
  FCFS("fcfs");

  private final String code;

  Method(String code) {
    this.code = code;
  }

  /** The name in the benchmark lines: mip, flow, fcfs. */
  public String code() {
    return code;
  }
}
