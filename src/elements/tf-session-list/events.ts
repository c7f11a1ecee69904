/** The details of the events `<tf-session-list>` dispatches. */
import type { SessionStatus } from '../../model/sessions.js';
import type { SessionFilters } from '../../model/session-filters.js';

export interface SessionSelectDetail {
  trainingId: string;
  sessionId: string;
  status: SessionStatus;
  /** The sheet the title links to, when it does. */
  url: string | undefined;
}

export interface RegisterClickDetail {
  trainingId: string;
  sessionId: string;
  /** The registration page, or the contact's `mailto:` link. */
  url: string;
}

export interface FilterChangeDetail {
  filters: SessionFilters;
  /** How many sessions match now. */
  count: number;
}
