import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.IntFunction;

/**
 * {@code count} threads that book for a given time, released together, and the processor time the
 * server, the database and this process spent meanwhile (when their process ids are known).
 */
final class Clients {

  interface Booker {
    /**
     * One booking; its outcome (CONFIRMED, WAITING, OK, or an error), or null when the fixtures ran
     * out.
     */
    String book() throws Exception;
  }

  final int count;
  private final String serverPid;
  private final String databasePid;
  private final int clockTicks;

  Clients(int count, String serverPid, String databasePid, int clockTicks) {
    this.count = count;
    this.serverPid = serverPid;
    this.databasePid = databasePid;
    this.clockTicks = clockTicks;
  }

  /** Every client books with its own booker for the given time; latencies of every booking. */
  Result drive(int seconds, IntFunction<Booker> bookerOfClient) throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(count);
    try {
      CountDownLatch ready = new CountDownLatch(count);
      CountDownLatch go = new CountDownLatch(1);
      Map<String, LongAdder> outcomes = new ConcurrentHashMap<>();
      boolean[] ranOut = {false};
      long[] window = new long[2];
      List<Future<long[]>> latencies = new ArrayList<>();
      for (int c = 0; c < count; c++) {
        Booker booker = bookerOfClient.apply(c);
        latencies.add(
            threads.submit(
                () -> {
                  long[] own = new long[1024];
                  int n = 0;
                  ready.countDown();
                  go.await();
                  long deadline = window[0] + seconds * 1_000_000_000L;
                  while (System.nanoTime() < deadline) {
                    long start = System.nanoTime();
                    String outcome = booker.book();
                    if (outcome == null) {
                      ranOut[0] = true;
                      break;
                    }
                    long took = System.nanoTime() - start;
                    outcomes.computeIfAbsent(outcome, k -> new LongAdder()).increment();
                    if (n == own.length) {
                      own = Arrays.copyOf(own, n * 2);
                    }
                    own[n++] = took;
                  }
                  return Arrays.copyOf(own, n);
                }));
      }
      ready.await();
      Result.CpuTimes before = cpuTimes();
      window[0] = System.nanoTime();
      go.countDown();
      List<long[]> all = new ArrayList<>();
      for (Future<long[]> f : latencies) {
        all.add(f.get());
      }
      double elapsed = BookingLoad.secondsSince(window[0]);
      Result.CpuTimes used = cpuTimes().minus(before);
      long[] nanos = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
      Map<String, Long> counted = new HashMap<>();
      outcomes.forEach((k, v) -> counted.put(k, v.sum()));
      long succeeded =
          counted.getOrDefault("CONFIRMED", 0L)
              + counted.getOrDefault("WAITING", 0L)
              + counted.getOrDefault("OK", 0L);
      return new Result(succeeded, elapsed, counted, nanos, ranOut[0], used);
    } finally {
      threads.shutdownNow();
    }
  }

  private Result.CpuTimes cpuTimes() {
    return new Result.CpuTimes(
        processMillis(serverPid),
        processMillis(databasePid),
        ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime()
            / 1e6);
  }

  /** utime + stime of /proc/PID/stat (fields 14 and 15, counted after the parenthesised name). */
  private double processMillis(String pid) {
    if (pid == null || pid.isBlank()) {
      return Double.NaN;
    }
    try {
      String stat = Files.readString(Path.of("/proc", pid, "stat"));
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
      return ticks * 1000.0 / clockTicks;
    } catch (IOException | RuntimeException e) {
      return Double.NaN;
    }
  }
}
