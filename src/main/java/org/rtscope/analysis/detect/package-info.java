/**
 * Detectors: the trace and backtrace shapes pattern specs cannot express as a regex, one class each, all in
 * {@link org.rtscope.analysis.detect.Detectors#ALL}. Each turns a derived analysis
 * ({@code org.rtscope.analysis.derived}) into hits with evidence lines and named values for the engine.
 */
package org.rtscope.analysis.detect;
