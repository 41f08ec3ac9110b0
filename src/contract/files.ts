/** File and folder names that the build, the importer, the exporters and the tests agree on. */

/** The report's text inside a deck folder. */
export const SPEECH_FILE = 'speech.txt';
/** The deck folder used when none is named. */
export const DEFAULT_SLIDES_DIR = 'slides';
/** Where imported decks go when no `--out` is given: `decks/<report name>`. */
export const DEFAULT_DECKS_DIR = 'decks';
/** Where the built page finds its font files, relative to the page. */
export const FONT_DIR = 'assets/fonts';
/** Where the build writes the link-preview image, relative to the page. */
export const PREVIEW_DIR = 'assets';
/** The folder of the one-file build, and the file's name in it. */
export const SINGLE_FILE_DIR = 'dist-single';
export const SINGLE_FILE_NAME = 'deck.html';
/** The PDF the exporter writes when no `--out` is given. */
export const DEFAULT_PDF_FILE = 'deck.pdf';
/** The PowerPoint file the exporter writes when no `--out` is given. */
export const DEFAULT_PPTX_FILE = 'deck.pptx';
