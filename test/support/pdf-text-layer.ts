/**
 * A one-page PDF made by hand around a text layer: each line set in a font without a font program,
 * whose ToUnicode map reads each glyph as the character given. What a PDF reader extracts is then
 * exactly the lines given, as a PDF whose fonts map every glyph to one character reads `我我我…`.
 */

const hex = (n: number): string => n.toString(16).toUpperCase().padStart(4, '0');
/** A character as a ToUnicode map writes it: its UTF-16 code units in hex. */
const utf16Hex = (char: string): string => [...Array(char.length).keys()].map((i) => hex(char.charCodeAt(i))).join('');
/** The most `bfchar` entries one block of a CMap may hold. */
const BFCHAR_BLOCK = 100;

/** The PDF's bytes: `lines` from the top of an A4 page down, 16 pt type, 24 pt apart. */
export function pdfWithTextLayer(lines: readonly string[]): Uint8Array {
  const chars = [...new Set(lines.flatMap((line) => [...line]))];
  const glyph = new Map(chars.map((char, i) => [char, i + 1]));
  const blocks = Array.from({ length: Math.ceil(chars.length / BFCHAR_BLOCK) }, (_, b) =>
    chars.slice(b * BFCHAR_BLOCK, (b + 1) * BFCHAR_BLOCK),
  );
  const cmap = [
    '/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Adobe-Identity-UCS def /CMapType 2 def',
    '1 begincodespacerange <0000> <FFFF> endcodespacerange',
    ...blocks.map(
      (block) => `${block.length} beginbfchar\n${block.map((c) => `<${hex(glyph.get(c)!)}> <${utf16Hex(c)}>`).join('\n')}\nendbfchar`,
    ),
    'endcmap CMapName currentdict /CMap defineresource pop end end',
  ].join('\n');
  const shown = lines.map((line) => `<${[...line].map((c) => hex(glyph.get(c)!)).join('')}> Tj 0 -24 Td`);
  const content = `BT /F1 16 Tf 56 780 Td ${shown.join(' ')} ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type0 /BaseFont /Body /Encoding /Identity-H /DescendantFonts [6 0 R] /ToUnicode 7 0 R >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /CIDFontType2 /BaseFont /Body /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor 8 0 R /DW 1000 >>',
    `<< /Length ${cmap.length} >>\nstream\n${cmap}\nendstream`,
    '<< /Type /FontDescriptor /FontName /Body /Flags 4 /FontBBox [0 -120 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >>',
  ];
  // Every byte is ASCII: string offsets are byte offsets.
  let pdf = '%PDF-1.7\n';
  const offsets = objects.map((object, i) => {
    const offset = pdf.length;
    pdf += `${i + 1} 0 obj\n${object}\nendobj\n`;
    return offset;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(pdf);
}
