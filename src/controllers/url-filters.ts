import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { filtersFromSearch, searchWithFilters, type SessionFilters } from '../model/session-filters.js';

/** Controllers in the page now: two of them writing the same query-string keys would overwrite each other's. */
const connected = new Set<UrlFiltersController>();

export interface UrlFiltersOptions {
  /** The parameters' prefix (`tf-`), or undefined when the widget does not sync its filters with the URL. */
  prefix: () => string | undefined;
  /** The webmaster's presets: the URL only holds what differs from them. */
  presets: () => SessionFilters;
  /** The page's history moved (back, forward) to other filters. */
  onNavigate: (filters: SessionFilters) => void;
}

/**
 * Filters kept in the page's query string (`?tf-region=Grand+Est`), so that a filtered view can be shared and
 * survives reload and back: read on first render, written on each change (replacing the history entry, not adding
 * one per keystroke), followed on back and forward.
 */
export class UrlFiltersController implements ReactiveController {
  constructor(
    host: ReactiveControllerHost,
    private readonly options: UrlFiltersOptions,
  ) {
    host.addController(this);
  }

  /** The filters of the page's URL over the presets, or the presets alone without sync. */
  read(): SessionFilters {
    const prefix = this.options.prefix();
    const presets = this.options.presets();
    return prefix === undefined ? presets : filtersFromSearch(location.search, prefix, presets);
  }

  write(filters: SessionFilters): void {
    const prefix = this.options.prefix();
    if (prefix === undefined) return;
    const search = searchWithFilters(location.search, prefix, filters, this.options.presets());
    if (search !== location.search) history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
  }

  /** Another widget of the page syncs with the same prefix: the webmaster must give them distinct ones. */
  get prefixShared(): boolean {
    const prefix = this.options.prefix();
    return prefix !== undefined && [...connected].some((other) => other !== this && other.options.prefix() === prefix);
  }

  hostConnected(): void {
    connected.add(this);
    window.addEventListener('popstate', this.onPopState);
  }

  hostDisconnected(): void {
    connected.delete(this);
    window.removeEventListener('popstate', this.onPopState);
  }

  private readonly onPopState = (): void => {
    if (this.options.prefix() !== undefined) this.options.onNavigate(this.read());
  };
}
