package nl.techniekpact.lokaal.allocation.tool;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import nl.techniekpact.lokaal.allocation.control.AllocationRequest;
import nl.techniekpact.lokaal.allocation.control.Allocator;
import nl.techniekpact.lokaal.allocation.entity.AllocationProblem;
import nl.techniekpact.lokaal.allocation.entity.AllocationResult;
import nl.techniekpact.lokaal.allocation.entity.Bounds;
import nl.techniekpact.lokaal.allocation.entity.Placement;
import nl.techniekpact.lokaal.demo.control.TechWeekGenerator;
import nl.techniekpact.lokaal.proposal.control.ProblemFromEdition;

/**
 * One benchmark run for {@code scripts/bench-allocation}, in a JVM of its own so that memory peaks
 * do not mix: {@code EDITION_NAME (DIR | national:SEED) (auto | mip | flow | fcfs)
 * [SCHOOLS,GROUPS,POINTS]}. Prints one {@code allocation:} line. The baseline is measured against
 * the allocator's bounds when the script passes them, so both lines of an edition compare to the
 * same numbers. {@code digest} is a hash of who goes where: equal digests mean equal allocations.
 */
public final class AllocationBench {

  private AllocationBench() {}

  public static void main(String[] args) throws IOException {
    long loading = System.nanoTime();
    AllocationProblem problem =
        args[1].startsWith("national:")
            ? ProblemFromEdition.of(
                new TechWeekGenerator()
                    .generate(
                        TechWeekGenerator.Parameters.national(
                            Long.parseLong(args[1].substring("national:".length())))))
            : ProblemFromEdition.of(EditionDirectory.read(Path.of(args[1])));
    double loadSeconds = (System.nanoTime() - loading) / 1e9;
    long started = System.nanoTime();
    AllocationRequest request =
        AllocationRequest.of(problem)
            .withProgress(
                p ->
                    System.err.printf(
                        Locale.ROOT, "  %6.1f s  %s%n", (System.nanoTime() - started) / 1e9, p));
    if (!args[2].equals("auto")) {
      request = request.withMethod(AllocateCommand.method(args[2]));
    }
    AllocationResult result = new Allocator().allocate(request);
    Bounds bounds = result.bounds();
    if (args.length > 3) {
      String[] reference = args[3].split(",");
      bounds =
          new Bounds(
              Integer.parseInt(reference[0]),
              Integer.parseInt(reference[1]),
              Integer.parseInt(reference[2]),
              "reference");
    }
    System.out.println(
        String.format(
            Locale.ROOT,
            "allocation: edition=%s method=%s %s bound_schools=%d bound_groups=%d bound_points=%d bound=%s gap_points=%.4f"
                + " optimal=%s seconds=%.1f load_seconds=%.1f peak_heap_mb=%d peak_rss_mb=%d groups_total=%d pairs=%d digest=%s",
            args[0],
            result.method().code(),
            result.objective(),
            bounds.schools(),
            bounds.groups(),
            bounds.points(),
            bounds.pointsSource(),
            bounds.gapPoints(result.objective()),
            result.optimal(),
            result.elapsed().toMillis() / 1000.0,
            loadSeconds,
            peakHeapMb(),
            peakRssMb(),
            problem.groupCount(),
            result.candidates().size(),
            digest(result)));
  }

  private static String digest(AllocationResult result) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (Placement p : result.placements()) {
        sha.update(
            (p.groupId() + "," + p.slotId().orElse("") + "\n").getBytes(StandardCharsets.UTF_8));
      }
      return HexFormat.of().formatHex(sha.digest()).substring(0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The sum of the heap pools' peaks: at most a little above the true peak, never below. */
  private static long peakHeapMb() {
    long bytes = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        bytes += pool.getPeakUsage().getUsed();
      }
    }
    return bytes >> 20;
  }

  /** Peak resident memory of the process, native solvers included (Linux), or -1 elsewhere. */
  private static long peakRssMb() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) >> 10;
        }
      }
    } catch (IOException e) {
      return -1;
    }
    return -1;
  }
}
