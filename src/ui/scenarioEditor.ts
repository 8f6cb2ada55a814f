/**
 * The scenario's JSON text and the editor that shows it. A large scenario
 * (the data-built England is 0.9 MB of JSON) is not put into the text area
 * until the user asks to edit it: laying out and painting that much text
 * took about 350 ms of the page's start-up and slowed every frame of the
 * run that followed. Until then the text is held here and a button offers
 * to open it; everything that reads or writes the scenario goes through
 * {@link ScenarioEditor.text} and {@link ScenarioEditor.set}.
 */
import { groupDigits, h } from './dom.ts';

/** Texts longer than this (characters) wait for the user before they go into the editor. */
export const LAZY_EDITOR_CHARS = 200_000;

/** The JSON editor, filled on demand for large scenarios. */
export class ScenarioEditor {
  /** The scenario's text while it is not in the text area (null: the text area holds it). */
  private held: string | null = null;
  private readonly opener: HTMLButtonElement;
  private readonly note: HTMLParagraphElement;
  /** True while the editor shows a large text the user opened (its edits, e.g. by the controls, stay shown). */
  private opened = false;

  constructor(readonly area: HTMLTextAreaElement) {
    this.opener = h('button', { type: 'button', id: 'scenario-json-open', hidden: true, onclick: () => this.open(true) }, 'Show the scenario JSON to edit it');
    this.note = h('p', { class: 'note', id: 'scenario-json-held', hidden: true });
    area.before(this.note, this.opener);
  }

  /** The scenario's text, whether or not it is shown. */
  get text(): string {
    return this.held ?? this.area.value;
  }

  /** True while a large text waits to be shown. */
  get isHeld(): boolean {
    return this.held !== null;
  }

  /**
   * Replaces the text: shown at once when it is small or when the user has
   * opened the large text it replaces (an edit by a control), else held
   * until asked for.
   */
  set(text: string): void {
    if (text.length <= LAZY_EDITOR_CHARS || this.opened) {
      this.opened &&= text.length > LAZY_EDITOR_CHARS;
      this.held = null;
      this.area.value = text;
      this.show(true);
      return;
    }
    this.held = text;
    this.area.value = '';
    this.note.textContent = `This scenario's JSON is large (${groupDigits(Math.round(text.length / 1000))} kB), so it is shown only when you ask: the page stays quick until then. The controls above edit it as usual.`;
    this.show(false);
  }

  /** Puts a held text into the editor (once the user asks to edit it); focuses it when `focus` is true. */
  open(focus = false): void {
    if (this.held !== null) {
      this.area.value = this.held;
      this.held = null;
      this.opened = true;
    }
    this.show(true);
    if (focus) this.area.focus();
  }

  private show(inEditor: boolean): void {
    this.area.hidden = !inEditor;
    this.opener.hidden = inEditor;
    this.note.hidden = inEditor;
  }
}
