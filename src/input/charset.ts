/** The character set an HTML page declares for itself, as a browser reads it before decoding. */

/** How far into the page the declaration is looked for: browsers scan the first kilobytes. */
const DECLARATION_WINDOW = 4096;
/** `<meta charset="gbk">`, `<meta http-equiv="Content-Type" content="text/html; charset=gb2312">`. */
const RE_META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i;
/** `<?xml version="1.0" encoding="GBK"?>` at the top of an XHTML page. */
const RE_XML_ENCODING = /^\s*<\?xml\b[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i;

/**
 * The encoding the page declares, as the WHATWG name TextDecoder uses (`gbk`, `utf-8`…);
 * undefined when it declares none or a name no decoder knows.
 */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  // The declaration is ASCII in every encoding a page may use (UTF-16 pages carry a byte-order mark).
  const head = String.fromCharCode(...bytes.subarray(0, DECLARATION_WINDOW));
  const label = RE_XML_ENCODING.exec(head)?.[1] ?? RE_META_CHARSET.exec(head)?.[1];
  if (!label) return undefined;
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return undefined;
  }
}
