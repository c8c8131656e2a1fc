// The shell owns time and identity: the domain receives dates and ids as arguments.

let lastInstant = 0;

/**
 * The current instant as an ISO string, for `createdAt` and `updatedAt`; strictly later than the last one this
 * page gave, so changes made within one millisecond (agreeing many items at once) still come in order.
 */
export function nowIso(): string {
  lastInstant = Math.max(Date.now(), lastInstant + 1);
  return new Date(lastInstant).toISOString();
}

/** Today's date (YYYY-MM-DD) in the user's time zone, the default date of a new review. */
export function todayIso(): string {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}

/**
 * A new random id (UUID v4), for assessments, collections, tabs and writes. `crypto.randomUUID` exists only on secure origins, and a workshop may
 * serve the app over plain http on a local network, so the id is built from `getRandomValues` instead.
 */
export function createRandomId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
