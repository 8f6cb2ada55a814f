/**
 * The page's one queue of chart redraws: it draws a single chart per task,
 * one per frame (so no task draws several charts), and keeps each chart only
 * once however often it is queued, so a fast stream of batches never queues
 * up drawing work. Made by the page's start-up and shared by all its chart
 * panels (the main charts, the comparison's and the sensitivity screen's).
 */
import { yieldToPage } from './dom.ts';

/** What the queue draws: a chart panel. */
interface Drawable {
  drawNow(): void;
}

/** Resolves in a new task just after the next frame has been rendered. */
function afterNextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => void yieldToPage().then(resolve)));
}

/** The queue of charts waiting to be drawn. */
export class ChartQueue {
  private readonly queue = new Set<Drawable>();
  private draining: Promise<void> | null = null;

  /** Queues a chart for drawing (once, whatever the number of calls before it is drawn). */
  add(p: Drawable): void {
    this.queue.add(p);
    this.draining ??= (async () => {
      // One chart per frame, each drawn in a task of its own: the drawing and the browser's
      // style and layout of the new SVG then fall in separate, short tasks.
      for (const next of this.queue) {
        await afterNextFrame();
        this.queue.delete(next);
        next.drawNow();
      }
      this.draining = null;
    })();
  }

  /** Takes a chart off the queue (it was drawn already, or has nothing to draw). */
  delete(p: Drawable): void {
    this.queue.delete(p);
  }

  /** Resolves once every queued chart has been drawn. */
  async drawn(): Promise<void> {
    while (this.draining) await this.draining;
  }
}
