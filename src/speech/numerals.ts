/** Chinese numerals as used to number a speech's priorities (一 … 十九). */

const DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** Writes 1–99 as a Chinese numeral: 1 → 一, 10 → 十, 12 → 十二, 20 → 二十. */
export function toChineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) throw new RangeError(`no Chinese numeral for ${n}`);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  if (tens === 0) return DIGITS[ones]!;
  return `${tens === 1 ? '' : DIGITS[tens]}十${DIGITS[ones]}`;
}

/** Reads a Chinese numeral 1–99 (一, 十, 十二, 二十三); undefined when it is not one. */
export function fromChineseNumeral(numeral: string): number | undefined {
  for (let n = 1; n < 100; n++) if (toChineseNumeral(n) === numeral) return n;
  return undefined;
}
