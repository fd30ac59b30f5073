/**
 * Telling HTML from plain text, without loading the HTML parser (so that a
 * plain-text run never pays for linkedom; see `html-support.ts`).
 *
 * @module
 */

/** The start of a whole page: "<!DOCTYPE html>", "<html lang=…>", "<?xml …?><html" (rule 'html/looks-like'), lower case. */
const PAGE_START = /^(?:<!doctype html|<html[\s>]|<\?xml[^>]{0,200}>\s{0,100}<(?:!doctype )?html)/;

/**
 * True when `content` starts like a whole HTML page (after blanks). Stricter than {@link looksLikeHtml}: a `.txt` file
 * that starts so is a saved page, while one that merely quotes a `<p>` tag stays text.
 */
export function startsLikeHtmlPage(content: string): boolean {
  return PAGE_START.test(content.slice(0, 2048).trimStart().toLowerCase());
}

/** True when `content` looks like HTML rather than plain text: a whole page, or an early structural tag. */
export function looksLikeHtml(content: string): boolean {
  const head = content.slice(0, 2048).trimStart().toLowerCase();
  return PAGE_START.test(head) || /<(?:head|body|article|p|div)[\s>]/.test(head.slice(0, 512));
}
