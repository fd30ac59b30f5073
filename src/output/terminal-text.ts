/**
 * Terminal-safe text, without the summary format's dependencies (chalk), so
 * that the CLI's messages do not load them.
 *
 * @module
 */

/** Replaces C0/C1 control characters (ESC, BEL, CSI…) and bidi overrides by visible escapes; folds newlines to spaces. */
export function safeTerminalText(s: string): string {
  return s
    .replace(/[\r\n\t]+/g, ' ')
    .replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
