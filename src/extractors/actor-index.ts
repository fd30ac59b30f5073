/**
 * Lookup of actors by position, used by every extractor that links a fact
 * to its parties, speaker or source (speaker resolution, contract parties,
 * restriction imposer…). Built once per document from the linked actors.
 *
 * @module
 */
import type { Actor, ActorKind, ActorRef } from '../types.js';

/** A mention of an actor, flattened: offsets in UTF-16 code units, end exclusive. */
export interface ActorMention {
  actor: Actor;
  start: number;
  end: number;
  text: string;
}

/** Farthest look-back of {@link ActorIndex.nearestBefore}, code units (a long news sentence is under 1 000). */
const MAX_LOOKBACK = 2000;

/** Position index over the mentions of a document's actors. */
export class ActorIndex {
  /** All mentions sorted by start offset. */
  readonly mentions: readonly ActorMention[];
  readonly actors: readonly Actor[];
  /** Length of the longest mention, code units. */
  private readonly longest: number;

  constructor(actors: readonly Actor[]) {
    this.actors = actors;
    const all: ActorMention[] = [];
    for (const actor of actors) for (const m of actor.mentions) all.push({ actor, start: m.start, end: m.end, text: m.text });
    all.sort((a, b) => a.start - b.start || b.end - a.end);
    this.mentions = all;
    this.longest = all.reduce((n, m) => Math.max(n, m.end - m.start), 0);
  }

  /** `{ id, name }` of an actor. */
  static ref(actor: Actor): ActorRef {
    return { id: actor.id, name: actor.name };
  }

  /** Mentions lying entirely within [start, end), in document order. */
  mentionsIn(start: number, end: number, kinds?: readonly ActorKind[]): ActorMention[] {
    const out: ActorMention[] = [];
    for (let i = this.firstAtOrAfter(start); i < this.mentions.length; i++) {
      const m = this.mentions[i]!;
      if (m.start >= end) break;
      if (m.end <= end && (!kinds || kinds.includes(m.actor.kind))) out.push(m);
    }
    return out;
  }

  /** Distinct actors mentioned within [start, end), in order of first mention there. */
  actorsIn(start: number, end: number, kinds?: readonly ActorKind[]): Actor[] {
    const seen = new Set<Actor>();
    for (const m of this.mentionsIn(start, end, kinds)) seen.add(m.actor);
    return [...seen];
  }

  /** The mention covering `offset`, if any (the longest when nested). Cost: the mentions near `offset` only. */
  mentionAt(offset: number): ActorMention | undefined {
    let best: ActorMention | undefined;
    for (const m of this.mentionsIn(Math.max(0, offset - this.longest), offset + this.longest)) {
      if (m.start <= offset && m.end > offset && (!best || m.end - m.start > best.end - best.start)) best = m;
    }
    return best;
  }

  /**
   * The last mention ending at or before `offset` and starting at or after
   * `floor` (the one ending last; ties go to the later one). Cost: the
   * mentions in [max(floor, offset − 2 000), offset), so at most a few sentences.
   */
  nearestBefore(offset: number, floor = 0, kinds?: readonly ActorKind[]): ActorMention | undefined {
    let best: ActorMention | undefined;
    // a clause-level antecedent lies within a few sentences: bounded look-back keeps huge sentences linear
    for (const m of this.mentionsIn(Math.max(floor, offset - MAX_LOOKBACK), offset, kinds)) if (!best || m.end >= best.end) best = m;
    return best;
  }

  /** The first mention starting at or after `offset` and ending at or before `ceiling`. */
  nearestAfter(offset: number, ceiling = Infinity, kinds?: readonly ActorKind[]): ActorMention | undefined {
    for (let i = this.firstAtOrAfter(offset); i < this.mentions.length; i++) {
      const m = this.mentions[i]!;
      if (m.end > ceiling) return undefined;
      if (!kinds || kinds.includes(m.actor.kind)) return m;
    }
    return undefined;
  }

  /** The actor whose name or an alias equals `name` (case-insensitive), if any. */
  byName(name: string): Actor | undefined {
    const k = name.toLowerCase();
    return this.actors.find((a) => a.name.toLowerCase() === k || a.aliases.some((x) => x.toLowerCase() === k));
  }

  private firstAtOrAfter(offset: number): number {
    let lo = 0;
    let hi = this.mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.mentions[mid]!.start < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
