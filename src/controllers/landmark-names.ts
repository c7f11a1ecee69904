import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The landmark names that the rendered widgets of this page hold. */
const held = new Set<string>();

/**
 * Names for a widget's landmarks (its search form, its named regions) that no other widget of the page holds, so
 * that a screen reader's list of landmarks tells two of a kind apart (axe `landmark-unique`): the first session
 * list of a page names its form « Filtrer les sessions », a second one « Filtrer les sessions (2) ». A widget asks
 * again at each render and gives its names back when it leaves the page.
 */
export class LandmarkNames implements ReactiveController {
  private mine: string[] = [];

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** `name`, or `name (2)`, `name (3)`… when another widget holds it already. Call it while rendering. */
  name(name: string): string {
    let unique = name;
    for (let count = 2; held.has(unique); count += 1) unique = `${name} (${count})`;
    held.add(unique);
    this.mine.push(unique);
    return unique;
  }

  hostConnected(): void {
    // Back in the page (moved): its names were given back, so it asks again.
    this.host.requestUpdate();
  }

  hostUpdate(): void {
    this.release();
  }

  hostDisconnected(): void {
    this.release();
  }

  private release(): void {
    for (const name of this.mine) held.delete(name);
    this.mine = [];
  }
}
