import java.util.Map;

/**
 * What one phase measured: the requests that succeeded in its time, their outcomes and sorted
 * latencies, whether the fixtures ran out first, and the processor time it cost.
 */
record Result(
    long requests,
    double seconds,
    Map<String, Long> outcomes,
    long[] nanos,
    boolean ranOut,
    Result.CpuTimes cpu) {

  double perSecond() {
    return requests / seconds;
  }

  CpuTimes cpuPerRequest() {
    return cpu.per(requests);
  }

  double percentileMs(int p) {
    if (nanos.length == 0) {
      return 0;
    }
    return nanos[Math.min(nanos.length - 1, (int) Math.ceil(p / 100.0 * nanos.length) - 1)] / 1e6;
  }

  @Override
  public String toString() {
    return String.format(
            "%d requests in %.1f s = %.0f/s, p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms,"
                + " outcomes %s%s",
            requests,
            seconds,
            perSecond(),
            percentileMs(50),
            percentileMs(90),
            percentileMs(99),
            percentileMs(100),
            outcomes,
            ranOut ? " (ran out of fixtures before the time was up)" : "")
        + String.format(
            ", processor ms per request: server %.2f, database %.2f, load %.2f",
            cpuPerRequest().server(), cpuPerRequest().database(), cpuPerRequest().load());
  }

  /**
   * Processor time in milliseconds (user and system, all threads) of Lokaal's server, the database
   * server and this load process; NaN where a process is unknown or unreadable. The server's and
   * the database's come from /proc, so only on Linux.
   */
  record CpuTimes(double server, double database, double load) {

    CpuTimes minus(CpuTimes earlier) {
      return new CpuTimes(
          server - earlier.server, database - earlier.database, load - earlier.load);
    }

    CpuTimes per(long requests) {
      return new CpuTimes(server / requests, database / requests, load / requests);
    }
  }
}
