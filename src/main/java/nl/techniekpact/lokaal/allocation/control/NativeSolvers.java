package nl.techniekpact.lokaal.allocation.control;

import com.google.ortools.Loader;

/**
 * Loads OR-tools' native library once per class loader. A JNI library can belong to one class
 * loader only, so the server must keep OR-tools in a single loader (see docs/allocator.md).
 */
public final class NativeSolvers {

  private static boolean loaded;

  private NativeSolvers() {}

  public static synchronized void load() {
    if (!loaded) {
      Loader.loadNativeLibraries();
      loaded = true;
    }
  }
}
