/**
 * Undo / redo over immutable snapshots (framework-free, pure). Each command produces a new document
 * that shares every untouched section with the previous one, so a snapshot costs about as much as
 * a diff. The past is capped at `HISTORY_DEPTH` steps; continuous input into one field (typing,
 * dragging a slider) within `MERGE_WINDOW_MS` of the previous change is merged into one step.
 */
export const HISTORY_DEPTH = 50;
export const MERGE_WINDOW_MS = 800;

export interface History<T> {
  readonly past: readonly T[];
  readonly present: T;
  readonly future: readonly T[];
  /** The last change, when it may absorb the next one (same key, within the window). */
  readonly merge: { readonly key: string; readonly at: number } | null;
}

export interface RecordOptions {
  /** Changes with the same key in quick succession become one step (e.g. `banner_k3f9:settings.height`). */
  mergeKey?: string;
  /** Clock, in ms (tests pass their own). */
  now?: number;
  depth?: number;
}

export function createHistory<T>(present: T): History<T> {
  return { past: [], present, future: [], merge: null };
}

export function record<T>(history: History<T>, next: T, options: RecordOptions = {}): History<T> {
  if (next === history.present) return history;
  const now = options.now ?? Date.now();
  const depth = options.depth ?? HISTORY_DEPTH;
  const { mergeKey } = options;
  const merging =
    mergeKey !== undefined &&
    history.merge !== null &&
    history.merge.key === mergeKey &&
    now - history.merge.at <= MERGE_WINDOW_MS;
  if (merging) {
    return { past: history.past, present: next, future: [], merge: { key: mergeKey, at: now } };
  }
  const past = [...history.past, history.present];
  if (past.length > depth) past.splice(0, past.length - depth);
  return {
    past,
    present: next,
    future: [],
    merge: mergeKey === undefined ? null : { key: mergeKey, at: now },
  };
}

export function canUndo<T>(history: History<T>): boolean {
  return history.past.length > 0;
}

export function canRedo<T>(history: History<T>): boolean {
  return history.future.length > 0;
}

export function undo<T>(history: History<T>): History<T> {
  if (!canUndo(history)) return history;
  const past = history.past.slice(0, -1);
  return { past, present: history.past.at(-1)!, future: [history.present, ...history.future], merge: null };
}

export function redo<T>(history: History<T>): History<T> {
  if (!canRedo(history)) return history;
  const [present, ...future] = history.future;
  return { past: [...history.past, history.present], present: present!, future, merge: null };
}
