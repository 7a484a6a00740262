/**
 * Discourse state across sentences: who speaks (the current speaker and the last official named),
 * the operations under discussion (the threat groups named so far, most recent first), the claims
 * already told with what they were about and whom they accuse, and the co-signers of a joint
 * statement. A later statement that refers back ("this", "these accusations", "điều này", "此事",
 * "это", "estas acusaciones") or denies without naming anything is tied to the operation it answers;
 * a sentence that only continues ("He added ...", an open quotation) keeps its speaker.
 */
import type { PersonCandidate } from './people.ts';
import type { ClaimCandidate, Stance } from './types.ts';

/** How many sentences an operation stays under discussion without being named again. */
const TOPIC_SPAN = 6;
/** How many sentences a speaker (or a coalition) stays current without being named again. */
export const SPEAKER_SPAN = 4;

/** A claimant as the discourse remembers it: a state code or an organisation, with the person who spoke. */
export interface DiscourseParty {
  value: string;
  kind: 'state' | 'organization';
  person?: PersonCandidate;
}

interface Told {
  claim: ClaimCandidate;
  at: number;
}

export class Discourse {
  private topic: { names: string[]; at: number } | undefined;
  private told: Told[] = [];
  private speaker: { party: DiscourseParty; at: number } | undefined;
  private coalition: { members: DiscourseParty[]; at: number } | undefined;
  /** The official last named or heard (whom "he", "she", "ông" refers to). */
  lastPerson: PersonCandidate | undefined;
  /** Whom each claimant last accused, who accused each target, how often each party was accused. */
  private readonly adversary = new Map<string, string>();
  private readonly accuser = new Map<string, string>();
  private readonly accusedCount = new Map<string, number>();
  /** The states the knowledge base ties each group of the article to. */
  private readonly groupStates = new Map<string, string[]>();
  /** The last attribution told (not an echo), which "similar" statements echo. */
  lastAttribution: ClaimCandidate | undefined;
  /** The party each claimant last warned of ("warns of activity by the unit of Russia's GRU"). */
  private readonly warnedOf = new Map<string, string>();
  /** Claimants that have warned in the text, of anyone or of no one named. */
  private readonly warners = new Set<string>();

  /** The one threat group an article names, if it names exactly one: what it is about throughout. */
  private articleGroup: { name: string; countries: string[] } | undefined;

  /**
   * The groups the whole article names: a single one stays under discussion from start to end, for
   * the claims that accuse (or deny for) a state the group is attributed to.
   */
  noteArticle(groups: Array<{ name: string; countries: string[] }>): void {
    const names = unique(groups.map((g) => g.name));
    this.articleGroup = names.length === 1 ? groups[0] : undefined;
    for (const g of groups) if (g.countries.length && !this.groupStates.has(g.name)) this.groupStates.set(g.name, g.countries);
  }

  /** The article's one group, when the party a claim concerns is the state it is attributed to. */
  private articleTopic(stance: Stance, claimant: string, target: string | undefined): string[] {
    const party = stance === 'denies' ? claimant : target;
    return this.articleGroup && party && this.articleGroup.countries.includes(party) ? [this.articleGroup.name] : [];
  }

  /** Groups named in sentence `at` become the operation under discussion. */
  noteSentence(at: number, groups: string[]): void {
    if (groups.length) this.topic = { names: unique(groups), at };
  }

  /** The threat group under discussion, for "the group claimed ...": the latest named within the span. */
  topicGroup(at: number): string | undefined {
    return this.topic && at - this.topic.at <= TOPIC_SPAN ? this.topic.names[this.topic.names.length - 1] : undefined;
  }

  /** The speaker of sentence `at`: who speaks from now on. */
  setSpeaker(party: DiscourseParty, at: number): void {
    this.speaker = { party, at };
  }

  /** No one known speaks from now on (a transcript turn of a speaker who stands for no party, or of a questioner). */
  clearSpeaker(): void {
    this.speaker = undefined;
  }

  /** The speaker still current at sentence `at` (named within the last few sentences). */
  currentSpeaker(at: number): DiscourseParty | undefined {
    return this.speaker && at - this.speaker.at <= SPEAKER_SPAN ? this.speaker.party : undefined;
  }

  /** The speaker named or carried on in sentence `at` itself, if any. */
  speakerOf(at: number): DiscourseParty | undefined {
    return this.speaker?.at === at ? this.speaker.party : undefined;
  }

  /** A joint statement's co-signers, from sentence `at`. */
  setCoalition(members: DiscourseParty[], at: number): void {
    this.coalition = { members, at };
  }

  /** The co-signers still current at sentence `at` (a collective reference keeps them current). */
  currentCoalition(at: number): DiscourseParty[] | undefined {
    return this.coalition && at - this.coalition.at <= SPEAKER_SPAN ? this.coalition.members : undefined;
  }

  /** Whether the current speaker took the word after the last joint act was told. */
  spokeSinceCoalition(): boolean {
    return !!this.speaker && !!this.coalition && this.speaker.at > this.coalition.at;
  }

  /** The co-signers of the last joint act told, however far back ("the authoring agencies" names them again). */
  lastCoalition(): DiscourseParty[] | undefined {
    return this.coalition?.members;
  }

  /** Whom a claimant accuses, for a warning or a call that names no one. */
  adversaryOf(claimant: string): string | undefined {
    return this.adversary.get(claimant);
  }

  /** The actor a claimant has been telling of: whom it accused, else whom it warned of. */
  actorToldBy(claimant: string): string | undefined {
    return this.adversary.get(claimant) ?? this.warnedOf.get(claimant);
  }

  /** Has this claimant warned already (an advisory's recommendations then add no claim)? */
  hasWarned(claimant: string): boolean {
    return this.warners.has(claimant);
  }

  /** Who accuses a party, for an accused state warning its accuser. */
  accuserOf(target: string): string | undefined {
    return this.accuser.get(target);
  }

  /** Has any accusation been told against `party` so far? */
  wasAccused(party: string): boolean {
    return this.accusedCount.has(party);
  }

  /** The party accused most often so far, other than `not`. */
  mostAccused(not: string): string | undefined {
    let best: string | undefined;
    let n = 0;
    for (const [k, v] of this.accusedCount) if (k !== not && v > n) { best = k; n = v; }
    return best;
  }

  /** The accusations of a sentence: who accuses whom, and the last attribution to echo. */
  noteAccusations(claims: ClaimCandidate[]): void {
    for (const c of claims) {
      if (c.stance === 'warns') this.warners.add(c.claimant);
      if (c.stance === 'warns' && c.target) this.warnedOf.set(c.claimant, c.target);
      // Claiming one's own act accuses no one.
      if ((c.stance !== 'accuses' && c.stance !== 'attributes') || c.target === c.claimant) continue;
      if (c.target) {
        this.adversary.set(c.claimant, c.target);
        // A state that only joins another's attribution ("shared the assessment") is not the accuser an accused state answers.
        if (c.claimant_kind === 'state' && c.method !== 'echo') {
          this.accuser.set(c.target, c.claimant);
          // An accusation of a group the text ties to no state (group-target.ts) is still one the group's known state answers.
          for (const state of this.groupStates.get(c.target) ?? []) if (state !== c.claimant && !this.accuser.has(state)) this.accuser.set(state, c.claimant);
        }
        this.accusedCount.set(c.target, (this.accusedCount.get(c.target) ?? 0) + 1);
      }
      if (c.method !== 'echo') this.lastAttribution = c;
    }
  }

  /** Whether `claimant` was last told accusing `target`. */
  hasAccused(claimant: string, target: string | undefined): boolean {
    return target !== undefined && this.adversary.get(claimant) === target;
  }

  /**
   * Has `claimant` already been told accusing `target` of exactly these operations? Then the
   * accusation retold in the accused's own words ("the so-called accusations of X are groundless")
   * is that accusation, not a new one.
   */
  toldAccusing(claimant: string, target: string, about: string[]): boolean {
    const key = [...about].sort().join('\u0000');
    return this.told.some((t) => t.claim.claimant === claimant && t.claim.target === target && ACCUSING_ONLY.has(t.claim.stance) && [...t.claim.about].sort().join('\u0000') === key);
  }

  noteClaims(at: number, claims: ClaimCandidate[]): void {
    for (const claim of claims) this.told.push({ claim, at });
  }

  /**
   * What a claim that names no operation is about: the operation under discussion; but a denial,
   * or any claim whose clause refers back to an earlier statement, answers the latest accusation
   * aimed at its claimant (else the latest one by another party) when there is one.
   */
  aboutFor(stance: Stance, claimant: string, refersBack: boolean, at: number, target?: string): string[] {
    const topic = this.topic && at - this.topic.at <= TOPIC_SPAN ? this.topic.names : this.articleTopic(stance, claimant, target);
    const recent = this.told.filter((t) => at - t.at <= TOPIC_SPAN && t.claim.about.length && t.claim.claimant !== claimant);
    const accusing = recent.filter((t) => t.claim.stance === 'accuses' || t.claim.stance === 'attributes' || t.claim.stance === 'warns');
    const against = [...accusing].reverse().find((t) => t.claim.target === claimant);
    // A counter-accusation ("X denied this and said Y is the biggest source of attacks"): the accused
    // turning on its accuser tells of the accuser's acts, not of the operation it was accused of.
    if ((stance === 'accuses' || stance === 'attributes') && target !== undefined && against?.claim.claimant === target) return [];
    if (stance !== 'denies' && !refersBack) return topic;
    const answered = against ?? accusing[accusing.length - 1];
    if (answered) return answered.claim.about;
    // Nothing under discussion any more: a denial (or "these accusations") still answers the last
    // accusation aimed at its claimant, however far back it was told.
    return topic.length ? topic : this.lastAccusationAgainst(claimant)?.claim.about ?? [];
  }

  /** The latest accusation told against `party` that names what it is about, at any distance. */
  private lastAccusationAgainst(party: string): Told | undefined {
    for (let i = this.told.length - 1; i >= 0; i--) {
      const t = this.told[i]!;
      if (t.claim.target === party && t.claim.claimant !== party && t.claim.about.length && ACCUSING.has(t.claim.stance)) return t;
    }
    return undefined;
  }
}

const ACCUSING = new Set<Stance>(['accuses', 'attributes', 'warns']);
const ACCUSING_ONLY = new Set<Stance>(['accuses', 'attributes']);

function unique(names: string[]): string[] {
  return names.filter((n, i) => names.indexOf(n) === i);
}
