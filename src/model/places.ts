import type { Place } from './schema.js';

/**
 * The one way a session's place is written, for the widgets, the `.ics` files and the exports alike.
 * Address: "IRTS, 1 rue Alfred de Vigny, 25000 Besançon" (the region only when the feed gives no city).
 */
export function placeAddress(place: Place | undefined): string {
  if (!place) return '';
  const locality = [place.postalCode, place.city].filter(Boolean).join(' ');
  return [place.name, place.address, locality, place.city ? undefined : place.region].filter(Boolean).join(', ');
}

/** Where, in a few words for a list: "Metz (Grand Est)", "Metz", "Grand Est". */
export function placeSummary(place: Place | undefined): string {
  if (!place) return '';
  if (place.city && place.region) return `${place.city} (${place.region})`;
  return place.city ?? place.region ?? '';
}
