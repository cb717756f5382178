package nl.techniekpact.lokaal.allocation.control;

import java.net.URISyntaxException;
import java.nio.file.Path;
import nl.techniekpact.lokaal.allocation.entity.AllocationProblem;
import nl.techniekpact.lokaal.allocation.tool.EditionDirectory;
import nl.techniekpact.lokaal.proposal.control.ProblemFromEdition;

/**
 * The sample editions of the test class path (copies of the shared samples), as allocation
 * problems.
 */
public final class Editions {

  private Editions() {}

  public static Path directory(String name) {
    try {
      return Path.of(Editions.class.getResource("/editions/" + name + "/groups.csv").toURI())
          .getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  public static AllocationProblem load(String name) {
    return ProblemFromEdition.of(EditionDirectory.read(directory(name)));
  }
}
