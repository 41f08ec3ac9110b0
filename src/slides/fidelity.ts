/** The fidelity rule: what a slide quotes stands in the speech, word for word. */

/** Punctuation, symbols and spaces: ignored when comparing a quote with the speech. */
const RE_IGNORED = /[\p{P}\p{S}\s]/gu;

/** A text reduced to what the fidelity rule compares: letters and digits only. */
export function fidelityKey(text: string): string {
  return text.normalize('NFKC').replace(RE_IGNORED, '');
}

/** A checker that tells whether a quote stands in the speech (punctuation and spaces ignored). */
export function createFidelityCheck(speechText: string): (quote: string) => boolean {
  const haystack = fidelityKey(speechText);
  return (quote) => {
    const needle = fidelityKey(quote);
    return needle !== '' && haystack.includes(needle);
  };
}
