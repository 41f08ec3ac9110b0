/** The presentation plan: every PowerPoint slide as positioned, styled elements, in stage px. Types only. */
import type { Box, MasterName } from './geometry.ts';

/** A stretch of text in one style. */
export interface PlanRun {
  readonly text: string;
  readonly bold: boolean;
  readonly colour: string;
}

/** A list marker: a diamond bullet or a number, in its own colour. */
export interface PlanBullet {
  readonly kind: 'diamond' | 'number';
  readonly colour: string;
  /** The number the item shows, for numbered items. */
  readonly number?: number;
}

/** One paragraph with its type setting. */
export interface PlanParagraph {
  readonly runs: readonly PlanRun[];
  readonly fontPx: number;
  readonly lineHeightPx: number;
  /** Space after the paragraph, px (0 for the last of a box). */
  readonly spaceAfterPx: number;
  readonly letterSpacingEm?: number;
  readonly bullet?: PlanBullet;
  /** List nesting depth (0 outer). */
  readonly level: number;
  /** The text's indent from the box's left edge (marker inside it), px. */
  readonly indentPx: number;
  /** How many lines the paragraph takes, as measured. */
  readonly lines: number;
}

/** The heading, in the master's title placeholder. */
export interface PlanTitle {
  readonly kind: 'title';
  readonly paragraph: PlanParagraph;
}

/** A text box. */
export interface PlanText {
  readonly kind: 'text';
  readonly box: Box;
  readonly paragraphs: readonly PlanParagraph[];
  readonly anchor: 'top' | 'middle';
  /** Inner padding, px (left, top, right, bottom). */
  readonly padding?: readonly [number, number, number, number];
  /** A background fill, with its transparency in percent. */
  readonly fill?: { readonly colour: string; readonly transparency: number };
  /** The deck slide id a click on the text jumps to. */
  readonly link?: string;
  /** What the box is, for its name in PowerPoint's selection pane. */
  readonly name: string;
}

/** A filled rectangle (rules, bars, the tracker's lines). */
export interface PlanRect {
  readonly kind: 'rect';
  readonly box: Box;
  readonly colour: string;
  readonly transparency?: number;
  readonly name: string;
}

/** A chart, native or as a picture, filling its box. */
export interface PlanChart {
  readonly kind: 'chart';
  readonly box: Box;
  readonly chart: string;
}

export type PlanElement = PlanTitle | PlanText | PlanRect | PlanChart;

/** One PowerPoint slide. */
export interface PlannedSlide {
  /** The deck slide it shows (a deck slide whose text needs more room gives several). */
  readonly deckSlideId: string;
  /** 0 for the first PowerPoint slide of a deck slide, 1… for its continuations. */
  readonly part: number;
  readonly master: MasterName;
  readonly elements: readonly PlanElement[];
  /** The speaker notes, one string per paragraph. */
  readonly notes: readonly string[];
}

/** Document properties. */
export interface PlanProperties {
  readonly title: string;
  readonly subject: string;
  readonly author: string;
}

/** The whole presentation. */
export interface PresentationPlan {
  readonly properties: PlanProperties;
  readonly slides: readonly PlannedSlide[];
}
