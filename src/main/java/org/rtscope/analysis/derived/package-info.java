/**
 * Derived analyses of a trace or a backtrace, independent of patterns: RT occupancy per period, RT throttling
 * windows, the RLIMIT_RTTIME budget view, starvation, interrupt work and timer activity, kill attribution,
 * lock waits under a signal frame, the frames of kernel reports. Detectors, the CLI and the timeline use
 * them; none of them needs a display.
 */
package org.rtscope.analysis.derived;
