import { createRandomId } from './clock.ts';

/** What one tab tells the others after it saved a change to an assessment. */
export interface AssessmentChangeMessage {
  kind: 'assessment-changed';
  assessmentId: string;
  /** The items whose ratings changed; 'actions' when the action plan did. */
  changed: string[];
  fromTab: string;
}

/** This tab's identity, to ignore its own messages. */
export const THIS_TAB = createRandomId();

const CHANNEL_NAME = 'ips-fidelity.changes';

/**
 * Tells the app's other tabs (same browser, same origin) that this tab saved a change. Without BroadcastChannel
 * (very old browsers) nothing is told; each tab's per-item writes still keep the other's changes.
 */
export function announceChange(assessmentId: string, changed: string[]): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(CHANNEL_NAME);
  const message: AssessmentChangeMessage = { kind: 'assessment-changed', assessmentId, changed, fromTab: THIS_TAB };
  channel.postMessage(message);
  channel.close();
}

/** Calls `listener` for every change another tab saves; returns the function that stops listening. */
export function listenForChanges(listener: (message: AssessmentChangeMessage) => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => undefined;
  const channel = new BroadcastChannel(CHANNEL_NAME);
  channel.onmessage = (event: MessageEvent<unknown>) => {
    const message = event.data as Partial<AssessmentChangeMessage> | null;
    if (message?.kind === 'assessment-changed' && typeof message.assessmentId === 'string' && Array.isArray(message.changed) && message.fromTab !== THIS_TAB) {
      listener({ kind: 'assessment-changed', assessmentId: message.assessmentId, changed: message.changed.filter((entry): entry is string => typeof entry === 'string'), fromTab: String(message.fromTab) });
    }
  };
  return () => channel.close();
}
