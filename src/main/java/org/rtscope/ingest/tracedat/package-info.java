/**
 * Reads trace-cmd's binary trace.dat (file versions 6 and 7) without trace-cmd, into the same model
 * the text importer makes of {@code trace-cmd report} output, so that both look identical in rtscope.
 *
 * <p>The way through a file: {@code InitialHeader} (magic, version,
 * byte order, page size, compression), {@code MetadataReader} (version 6 in sequence, version 7
 * through its options sections and {@code Section}s) filling {@code TraceDatMetadata} with the
 * {@code RingBufferLayout}, {@code EventFormat}s ({@code FormatParser}), {@code Kallsyms},
 * {@code PrintkFormats}, {@code SavedCmdlines} and {@code TraceDatOptions}; then per CPU a
 * {@code PageSource} (raw or compressed chunks) and {@code RingBufferPage} inside a {@code CpuStream},
 * merged by {@code MergeQueue}; each record goes through {@code EventConverter} ({@code NativeEvents}
 * for the events with argument slots, {@code RawFields} for the others, {@code StackRecords} for
 * stacks, {@code LatencyFlags} for the irq/preempt columns).
 *
 * <p>Specification: trace-cmd's {@code trace-cmd.dat.v6(5)} and {@code trace-cmd.dat.v7(5)}, with
 * trace-cmd's reader where they are silent (the BUFFER option's page size, chunk-count word outside
 * the CPU data size) and libtraceevent's kbuffer for the ring-buffer page format.
 */
package org.rtscope.ingest.tracedat;
