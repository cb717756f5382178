/**
 * The offline tools: {@code scripts/allocate} ({@link
 * nl.techniekpact.lokaal.allocation.tool.AllocateCommand}) allocates an edition directory to
 * allocation.csv, {@code scripts/bench-allocation} ({@code AllocationBench}) measures quality and
 * speed. No container types.
 */
package nl.techniekpact.lokaal.allocation.tool;
