/**
 * Telling HTML from plain text, without loading the HTML parser (so that a
 * plain-text run never pays for linkedom; see `html-support.ts`).
 *
 * @module
 */

/** True when `content` looks like HTML rather than plain text. */
export function looksLikeHtml(content: string): boolean {
  const head = content.slice(0, 2048).trimStart().toLowerCase();
  // "<!DOCTYPE html>", "<html lang=…>", "<?xml …?><html" (rule 'html/looks-like')
  return /^(?:<!doctype html|<html[\s>]|<\?xml[^>]{0,200}>\s{0,100}<(?:!doctype )?html)/.test(head) || /<(?:head|body|article|p|div)[\s>]/.test(head.slice(0, 512));
}
