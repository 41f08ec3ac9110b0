/** A slide preview in the speaker view: the deck in reveal's receiver mode, which follows the positions it is sent. */
import { RECEIVER_PARAM } from '../../contract/index.ts';
import { element } from '../dom.ts';
import { type DeckPosition, deckUrlWith } from './protocol.ts';

/** One preview frame: the current slide, or the step after it. */
export class Preview {
  readonly frame: HTMLIFrameElement;
  private ready = false;
  private pending: DeckPosition | undefined;
  /** Show the step after the position (the next fragment or slide) instead of the position. */
  private readonly ahead: boolean;

  constructor(title: string, ahead: boolean) {
    this.ahead = ahead;
    this.frame = element('iframe', 'speaker-frame');
    this.frame.title = title;
    this.frame.tabIndex = -1;
  }

  /** reveal inside the frame said it is ready. */
  onReady(): void {
    this.ready = true;
    if (this.pending) this.show(this.pending);
  }

  /**
   * Moves the preview to `position` (once reveal in the frame is ready). The first position loads the
   * deck at that slide's deep link, so the frame paints that slide first, not slide 1.
   */
  show(position: DeckPosition): void {
    this.pending = position;
    // The frame has no address until the first position gives it one.
    if (!this.frame.hasAttribute('src'))
      this.frame.src = `${deckUrlWith(location, RECEIVER_PARAM)}#/${encodeURIComponent(position.slideId)}`;
    if (!this.ready) return;
    const call = (method: string, args: unknown[] = []): void =>
      this.frame.contentWindow?.postMessage(JSON.stringify({ method, args }), '*');
    call('setState', [position.state]);
    if (this.ahead) call('next');
  }
}
