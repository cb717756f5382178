package nl.techniekpact.lokaal.allocation.tool;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import nl.techniekpact.lokaal.allocation.control.AllocationRequest;
import nl.techniekpact.lokaal.allocation.control.Allocator;
import nl.techniekpact.lokaal.allocation.entity.AllocationProblem;
import nl.techniekpact.lokaal.allocation.entity.AllocationResult;
import nl.techniekpact.lokaal.allocation.entity.Method;
import nl.techniekpact.lokaal.exchange.entity.ImportRejectedException;
import nl.techniekpact.lokaal.proposal.control.ProblemFromEdition;

/**
 * {@code scripts/allocate EDITION_DIR OUT_CSV [--seed N] [--method mip|flow|fcfs]}: allocates an
 * edition in the CSV interchange format with the same {@link Allocator} as the server, writes
 * allocation.csv (every group in groups.csv order) and prints the objective line last. Progress
 * goes to standard error.
 */
public final class AllocateCommand {

  private AllocateCommand() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 2 || args.length % 2 != 0) {
      usage();
      return;
    }
    long seed = AllocationRequest.DEFAULT_SEED;
    Method method = null;
    for (int i = 2; i < args.length; i += 2) {
      switch (args[i]) {
        case "--seed" -> seed = Long.parseLong(args[i + 1]);
        case "--method" -> method = method(args[i + 1]);
        default -> {
          usage();
          return;
        }
      }
    }
    AllocationProblem problem;
    try {
      problem = ProblemFromEdition.of(EditionDirectory.read(Path.of(args[0])));
    } catch (ImportRejectedException e) {
      e.errors()
          .forEach(
              error ->
                  System.err.println(
                      error.file()
                          + ":"
                          + error.line()
                          + (error.column() == null ? "" : " " + error.column())
                          + ": "
                          + error.reason()));
      System.exit(1);
      return;
    }
    AllocationRequest request =
        AllocationRequest.of(problem)
            .withSeed(seed)
            .withProgress(p -> System.err.println("  " + p));
    if (method != null) {
      request = request.withMethod(method);
    }
    try {
      AllocationResult result = new Allocator().allocate(request);
      AllocationCsv.write(result.placements(), Path.of(args[1]));
      System.err.printf(
          "  %s, %s, %.1f s%n",
          result.method().code(),
          result.optimal()
              ? "proven optimal"
              : String.format("wish points %.2f%% below the bound", 100 * result.gapPoints()),
          result.elapsed().toMillis() / 1000.0);
      System.out.println(result.objective());
    } catch (CancellationException e) {
      System.exit(3);
    }
  }

  static Method method(String code) {
    for (Method m : Method.values()) {
      if (m.code().equals(code)) {
        return m;
      }
    }
    throw new IllegalArgumentException("unknown method " + code + ", expected mip, flow or fcfs");
  }

  private static void usage() {
    System.err.println(
        "usage: scripts/allocate EDITION_DIR OUT_CSV [--seed N] [--method mip|flow|fcfs]");
    System.exit(2);
  }
}
