/**
 * Reads what debuggers print about stopped tasks: crash utility sessions ({@link
 * org.rtscope.ingest.backtrace.CrashImporter}) and gdb backtraces ({@link
 * org.rtscope.ingest.backtrace.GdbImporter}), recognised by {@code CrashProbe} and {@code GdbProbe}.
 *
 * <p>crash: {@code CrashTranscript} cuts the session at its {@code crash>} prompts and {@code
 * CrashCommand} picks a reader per command: {@code CrashBtSection} ({@code bt} and {@code foreach bt},
 * frames by {@code CrashFrameParser}, headers by {@code CrashTaskHeader}), {@code RunqSection},
 * {@code PsSection} ({@code CrashDuration} for {@code [d hh:mm:ss.mmm]}), {@code LogSection} (through
 * the kernel-log importer) and {@code UnreadSection} for other commands; they write to one {@code
 * CrashOutput}. gdb: {@code GdbTranscript} follows thread headers ({@code ThreadHeader}), frames
 * ({@code GdbFrameParser}, joined over lines by {@code WrappedFrame}), {@code bt full} locals and
 * registers, passing over {@code GdbChatter} and {@code GdbOtherOutput}.
 *
 * <p>Both build reports through {@code ReportDraft} (caps per report) and {@code ReportList} (cap per
 * file), share equal names, frames and attribute texts through {@code Interner}, strip terminal
 * colours with {@code AnsiEscapes} and turn line bytes into attribute text with {@code LineText}.
 * Sources: crash's help.c examples and printf formats, gdb's manual, and the real files of
 * sample-traces/s4 and ../shared/corpus (see the golden tests).
 */
package org.rtscope.ingest.backtrace;
