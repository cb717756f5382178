package nl.techniekpact.lokaal.allocation.control;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import nl.techniekpact.lokaal.allocation.entity.AllocationProblem;
import nl.techniekpact.lokaal.allocation.entity.AllocationResult;
import nl.techniekpact.lokaal.allocation.entity.Bounds;
import nl.techniekpact.lokaal.demo.control.TechWeekGenerator;

/**
 * One benchmark run for {@code scripts/bench-allocation}, in a JVM of its own so that memory peaks do
 * not mix: {@code EDITION_NAME (DIR | national:SEED) (auto | mip | flow | fcfs) [REFERENCE_POINTS]}.
 * Prints one {@code allocation:} line. The baseline's gap is measured against the allocator's points
 * bound when the script passes it (REFERENCE_POINTS), so both lines compare to the same number.
 */
public final class AllocationBench {

  private AllocationBench() {}

  public static void main(String[] args) throws IOException {
    long loading = System.nanoTime();
    AllocationProblem problem = args[1].startsWith("national:")
        ? ProblemFromEdition.of(new TechWeekGenerator().generate(
            TechWeekGenerator.Parameters.national(Long.parseLong(args[1].substring("national:".length())))))
        : ProblemFromEdition.of(EditionDirectory.read(Path.of(args[1])));
    double loadSeconds = (System.nanoTime() - loading) / 1e9;
    long started = System.nanoTime();
    AllocationRequest request = AllocationRequest.of(problem)
        .withProgress(p -> System.err.printf(Locale.ROOT, "  %6.1f s  %s%n", (System.nanoTime() - started) / 1e9, p));
    if (!args[2].equals("auto")) {
      request = request.withMethod(AllocateCommand.method(args[2]));
    }
    AllocationResult result = new Allocator().allocate(request);
    Bounds bounds = result.bounds();
    int boundPoints = args.length > 3 ? Integer.parseInt(args[3]) : bounds.points();
    double gap = boundPoints == 0 ? 0 : Math.max(0, (boundPoints - result.objective().points()) / (double) boundPoints);
    System.out.println(String.format(Locale.ROOT,
        "allocation: edition=%s method=%s %s bound_schools=%d bound_groups=%d bound_points=%d bound=%s gap_points=%.4f"
            + " optimal=%s seconds=%.1f load_seconds=%.1f peak_heap_mb=%d peak_rss_mb=%d groups_total=%d pairs=%d",
        args[0], result.method().code(), result.objective(), bounds.schools(), bounds.groups(), boundPoints,
        args.length > 3 ? "reference" : bounds.pointsSource(), gap, result.optimal(), result.elapsed().toMillis() / 1000.0,
        loadSeconds, peakHeapMb(), peakRssMb(), problem.groupCount(), result.candidates().size()));
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
