/**
 * Discourse state across sentences: the operations under discussion (the threat groups named so
 * far, most recent first) and the claims already told with what they were about, so that a later
 * statement that refers back ("this", "these accusations", "điều này", "此事", "это", "estas
 * acusaciones") or denies without naming anything is tied to the operation it answers.
 */
import type { ClaimCandidate, Stance } from './types.ts';

/** How many sentences an operation stays under discussion without being named again. */
const TOPIC_SPAN = 6;

interface Told {
  claim: ClaimCandidate;
  at: number;
}

export class Discourse {
  private topic: { names: string[]; at: number } | undefined;
  private told: Told[] = [];

  /** Groups named in sentence `at` become the operation under discussion. */
  noteSentence(at: number, groups: string[]): void {
    if (groups.length) this.topic = { names: unique(groups), at };
  }

  /** The threat group under discussion, for "the group claimed ...": the latest named within the span. */
  topicGroup(at: number): string | undefined {
    return this.topic && at - this.topic.at <= TOPIC_SPAN ? this.topic.names[this.topic.names.length - 1] : undefined;
  }

  noteClaims(at: number, claims: ClaimCandidate[]): void {
    for (const claim of claims) this.told.push({ claim, at });
  }

  /**
   * What a claim that names no operation is about: the operation under discussion; but a denial,
   * or any claim whose clause refers back to an earlier statement, answers the latest accusation
   * aimed at its claimant (else the latest one by another party) when there is one.
   */
  aboutFor(stance: Stance, claimant: string, refersBack: boolean, at: number): string[] {
    const topic = this.topic && at - this.topic.at <= TOPIC_SPAN ? this.topic.names : [];
    if (stance !== 'denies' && !refersBack) return topic;
    const recent = this.told.filter((t) => at - t.at <= TOPIC_SPAN && t.claim.about.length && t.claim.claimant !== claimant);
    const accusing = recent.filter((t) => t.claim.stance === 'accuses' || t.claim.stance === 'attributes' || t.claim.stance === 'warns');
    const answered = [...accusing].reverse().find((t) => t.claim.target === claimant) ?? accusing[accusing.length - 1];
    return answered ? answered.claim.about : topic;
  }
}

function unique(names: string[]): string[] {
  return names.filter((n, i) => names.indexOf(n) === i);
}
