// The CLI's exit codes, shared by every command so scripts and CI can rely on them.

/** Nothing at or above --fail-on (and, for extract and rules, success). */
export const EXIT_CLEAN = 0;
/** Findings at or above --fail-on. */
export const EXIT_FINDINGS = 1;
/** A usage mistake, a broken config file, or an input that could not be read or written. */
export const EXIT_ERROR = 2;
