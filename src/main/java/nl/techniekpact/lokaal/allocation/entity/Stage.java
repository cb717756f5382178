package nl.techniekpact.lokaal.allocation.entity;

/** The steps an allocation run goes through, in the order they can occur, for progress reports. */
public enum Stage {
  CANDIDATES("finding candidate slots"),
  BOUNDS("computing upper bounds"),
  MIP_SCHOOLS("maximising schools served"),
  MIP_GROUPS("maximising groups placed"),
  MIP_POINTS("maximising wish points"),
  MIP_KM("minimising travel"),
  FLOW("solving the seat flow"),
  LOCAL_SEARCH("improving by local search"),
  LP_BOUND("computing the wish points bound"),
  DONE("done");

  private final String description;

  Stage(String description) {
    this.description = description;
  }

  public String description() {
    return description;
  }
}
