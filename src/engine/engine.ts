import {
  type AnswerContext,
  type AnswerInput,
  answerParsers,
  isSkip,
  type PlaceFinder,
} from './answers/index.ts';
import { collapseRepeats, normalizeAnswer } from './answers/normalize.ts';
import { DONE_WORDS } from './answers/vocabulary.ts';
import { type GlobalCommand, recognizeCommand } from './commands.ts';
import type {
  Action,
  AnswerKind,
  ConcernKind,
  Content,
  Flow,
  FlowNode,
  Json,
  Locale,
  Wait,
} from './definitions.ts';
import type { EngineEvent, OutboundMsg } from './events.ts';
import { EngineError, type Result, type Session } from './session.ts';

/** What the host passes in, so the engine never reads the clock, makes ids or looks anything up itself. */
export interface EngineEnv {
  now: () => Date;
  newId: () => string;
  /** A fresh report reference (the host guarantees its uniqueness when it stores the ticket). */
  newReportRef: () => string;
  places: PlaceFinder;
  /** How long a wait lasts before the host resumes the session with a timeout. */
  waitTimeoutMs: number;
}

/** A message from the person, as the engine sees it. */
export interface MessageInput {
  type: 'msg';
  text: string | null;
  location?: { latitude: number; longitude: number };
  phone?: string;
  /** Number of photos, documents, voice notes… attached. */
  attachments?: number;
  /** What the (first) attachment is: the thanks names it, and a voice note at a question is no answer. */
  attachmentKind?: AttachmentKind;
  /** Files sent together (an album): thanked for once. */
  attachmentGroup?: string;
  /** The platform will not let Suar download the file (over its size limit): the person is told at once. */
  attachmentTooLarge?: boolean;
  /** Reply language decided by the host's language module, when detection may still choose it. */
  language?: Locale;
  /** The host's triage read immediate danger in this message: raise the emergency, then go on as usual. */
  emergency?: boolean;
  /** Cues of danger short of an emergency the host read in this message: ask the flow's safety question. */
  concerns?: ConcernKind[];
  /** A deep-link payload the conversation was opened with (e.g. a mission's link); kept as a result. */
  startPayload?: string;
}

/** Kinds of attachment the engine tells apart. */
export type AttachmentKind = 'photo' | 'document' | 'voice' | 'audio' | 'video' | 'other';

/** Files within this time of the last thanks are not thanked for again (a burst of photos gets one thanks). */
const ACKNOWLEDGE_AGAIN_MS = 60_000;

const ACKNOWLEDGEMENT: Record<AttachmentKind, string> = {
  photo: 'engine.photo_received',
  document: 'engine.file_received',
  voice: 'engine.voice_received',
  audio: 'engine.audio_received',
  video: 'engine.video_received',
  other: 'engine.attachment_saved',
};

/** Everything a session can be resumed with. */
export type EngineInput = MessageInput | { type: 'timeout' };

/** The new session and the facts that one engine call produced. */
export interface EngineOutput {
  session: Session;
  events: EngineEvent[];
}

const MAX_ATTEMPTS = 3;
const MAX_PIECES = 5;
const MAX_STEPS_PER_CALL = 200;
const doneWords = new Set(DONE_WORDS.map((w) => collapseRepeats(normalizeAnswer(w))));

/** Starts a new session in `flow`; a trigger message is saved as `opening_message` and not taken as an answer. */
export function startSession(
  content: Content,
  env: EngineEnv,
  flowId: string,
  language: Locale,
  trigger?: MessageInput,
): EngineOutput {
  const flow = content.flows[flowId];
  if (!flow) throw new EngineError('flow_not_found', `no flow "${flowId}"`);
  const session = newSession(flowId, language, env.now());
  const run = new Run(content, env, session);
  if (trigger?.startPayload) run.save('start_payload', trigger.startPayload, null, false);
  if (trigger?.text && /[\p{L}\p{N}]/u.test(trigger.text) && !recognizeCommand(trigger.text)) {
    run.save('opening_message', trigger.text.trim(), trigger.text, false);
  }
  // A pin or a contact sent before any question is kept like one sent mid-flow, and thanked for at once.
  if (trigger) run.keepShared(trigger, true);
  // So is a file sent as the very first message.
  if (trigger?.attachments) run.acknowledgeAttachment(trigger);
  const command = trigger ? recognizeCommand(trigger.text) : null;
  if (command?.type === 'language') run.switchLanguage(command.to, true);
  // Emergency first: the help reaches the person before the greeting.
  if (command?.type === 'emergency') run.raiseEmergency('command');
  else if (trigger?.emergency) run.raiseEmergency('triage');
  else if (trigger?.concerns) run.noteConcerns(trigger.concerns);
  run.enter(flow.start);
  // Someone whose conversation had ended may come back only to take back their consent.
  if (command?.type === 'withdraw_consent') run.askToConfirmWithdrawal();
  return run.output();
}

/** A session that has not begun: waiting nowhere, nothing gathered. */
export function newSession(flowId: string, language: Locale, now: Date): Session {
  return {
    v: 1,
    flow: flowId,
    node: null,
    status: 'waiting',
    language,
    languageChosen: false,
    results: {},
    attempts: 0,
    pieces: 0,
    timeoutAt: null,
    paused: false,
    emergency: false,
    reportRef: null,
    reportComplete: false,
    startedAt: now.toISOString(),
  };
}

/** Resumes a waiting session with a message or a timeout. */
export function resumeSession(
  content: Content,
  env: EngineEnv,
  session: Session,
  input: EngineInput,
): EngineOutput {
  if (session.v !== 1) throw new EngineError('unsupported_session', `session version ${String(session.v)}`);
  if (session.status !== 'waiting' || session.node === null) {
    throw new EngineError('session_not_waiting', 'the session is not waiting for input');
  }
  if (!content.flows[session.flow]) throw new EngineError('flow_not_found', `no flow "${session.flow}"`);
  const run = new Run(content, env, structuredClone(session));
  if (input.type === 'timeout') run.timeout();
  else run.message(input);
  return run.output();
}

/** One engine call: a working copy of the session and the events it produced. */
class Run {
  private readonly events: EngineEvent[] = [];
  private steps = 0;
  /** One engine call answers one message: however many signals it carries, the emergency is raised once. */
  private raised = false;

  constructor(
    private readonly content: Content,
    private readonly env: EngineEnv,
    private readonly session: Session,
  ) {}

  output(): EngineOutput {
    return { session: this.session, events: this.events };
  }

  private get flow(): Flow {
    return this.content.flows[this.session.flow]!;
  }

  private currentWait(): Wait | undefined {
    return this.findNode(this.session.node)?.wait;
  }

  private findNode(id: string | null): FlowNode | undefined {
    return id === null ? undefined : this.flow.nodes.find((n) => n.id === id);
  }

  // --- texts ------------------------------------------------------------------------------------

  private text(key: string, params: Record<string, string | number> = {}): string {
    // Why this order: a variant in the person's language beats the plain text, but the plain text in their
    // language beats a variant in the base language.
    const variant = this.variant();
    const own = this.content.texts[this.session.language] ?? {};
    const base = this.content.texts.id;
    const template =
      (variant ? own[`${key}.${variant}`] : undefined) ??
      own[key] ??
      (variant ? base[`${key}.${variant}`] : undefined) ??
      base[key];
    if (template === undefined) {
      this.events.push({ type: 'error', text: `missing text "${key}"` });
      return key;
    }
    const all: Record<string, string | number> = { ref: this.session.reportRef ?? '', ...params };
    return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
      all[name] !== undefined ? String(all[name]) : whole,
    );
  }

  /** The wording variant in force, e.g. "other" when a relative reports for someone else. */
  private variant(): string | undefined {
    const rule = this.flow.variant;
    if (!rule) return undefined;
    const value = this.session.results[rule.result]?.value;
    return typeof value === 'string' ? rule.values[value] : undefined;
  }

  private labelsOf = (key: string): string[] =>
    Object.values(this.content.texts)
      .map((texts) => texts[key])
      .filter((label): label is string => label !== undefined);

  /** Set while a paused session times out: nothing is sent to someone who asked us to stop. */
  private quiet = false;

  private say(text: string, extra: Partial<Omit<OutboundMsg, 'id' | 'text'>> = {}): void {
    if (this.quiet) return;
    const msg: OutboundMsg = { id: this.env.newId(), text, options: [], expects: null, ...extra };
    this.events.push({ type: 'msg_created', msg });
  }

  // --- moving through the flow -----------------------------------------------------------------

  enter(nodeId: string): void {
    let next: string | null = nodeId;
    while (next !== null) {
      if (++this.steps > MAX_STEPS_PER_CALL) {
        this.events.push({ type: 'error', text: 'flow loops without waiting' });
        return this.end();
      }
      const node = this.findNode(next);
      if (!node) {
        this.events.push({ type: 'error', text: `node "${next}" not found in flow "${this.flow.id}"` });
        return this.end();
      }
      this.session.node = node.id;
      this.session.attempts = 0;
      this.session.pieces = 0;
      next = null;
      let jumped = false;
      for (const action of node.actions ?? []) {
        const target = this.act(action);
        if (target !== null) {
          next = target;
          jumped = true;
          break;
        }
      }
      if (jumped) continue;
      const known =
        node.wait && node.wait.once === true && this.session.results[node.wait.result] !== undefined;
      if (node.wait && !known && !this.answeredAlready(node.wait)) {
        this.ask(node.wait);
        return;
      }
      next = this.pickExit(node);
      if (next === null) return this.end();
    }
  }

  private end(): void {
    this.session.status = 'ended';
    this.session.node = null;
    this.session.timeoutAt = null;
  }

  private pickExit(node: FlowNode): string | null {
    for (const exit of node.exits ?? []) {
      if (!exit.when) return exit.next;
      if (exit.when.emergency !== undefined) {
        if (this.session.emergency === exit.when.emergency) return exit.next;
        continue;
      }
      if (exit.when.result === undefined) continue;
      const result = this.session.results[exit.when.result];
      const value = result && !result.skipped ? result.value : undefined;
      if (exit.when.equals !== undefined && value === exit.when.equals) return exit.next;
      if (exit.when.in !== undefined && value !== undefined && exit.when.in.includes(value)) return exit.next;
    }
    return null;
  }

  /** Runs one action; returns a node to jump to when the action moves to another flow. */
  private act(action: Action): string | null {
    switch (action.type) {
      case 'send_msg':
        this.say(this.text(action.text), this.session.reportRef ? { reference: this.session.reportRef } : {});
        return null;
      case 'raise_emergency':
        this.raiseEmergency('answer');
        return null;
      case 'submit_report': {
        const ref = this.ensureReportRef();
        this.session.reportComplete = this.session.reportComplete || action.complete;
        this.events.push({
          type: 'report_submitted',
          ref,
          complete: action.complete,
          results: this.session.results,
        });
        return null;
      }
      case 'send_summary':
        this.say(this.text(action.text, { summary: this.summary() }));
        return null;
      case 'append_to_report': {
        const value = this.session.results[action.result]?.value;
        if (typeof value === 'string') {
          this.events.push({ type: 'info_added', ref: this.ensureReportRef(), text: value });
        }
        return null;
      }
      case 'resume_flow': {
        const back = this.session.returnTo ?? null;
        this.session.returnTo = null;
        this.session.inDetour = null;
        return back;
      }
      case 'enter_flow': {
        const flow = this.content.flows[action.flow];
        if (!flow) {
          this.events.push({ type: 'error', text: `flow "${action.flow}" not found` });
          return null;
        }
        // Detours belong to the flow that set them.
        Object.assign(this.session, { detour: null, inDetour: null, returnTo: null });
        this.session.flow = flow.id;
        this.events.push({ type: 'flow_entered', flow: flow.id });
        return flow.start;
      }
    }
  }

  private ensureReportRef(): string {
    this.session.reportRef ??= this.env.newReportRef();
    return this.session.reportRef;
  }

  raiseEmergency(source: 'command' | 'answer' | 'triage'): void {
    // One help per message: "ya, saya dikurung" is both a cry the host read and a "yes" to the danger
    // question. A second "SOS" in a later message still reaches the host, which sends the help again.
    if (this.raised) return;
    this.raised = true;
    this.session.emergency = true;
    this.events.push({ type: 'emergency_raised', ref: this.ensureReportRef(), source });
    this.schedule('emergency');
  }

  /** Schedules the first safety question the flow has for these concerns and has not asked yet. */
  noteConcerns(kinds: readonly ConcernKind[]): void {
    for (const kind of kinds) {
      const start = this.findNode(this.flow.detours?.[kind] ?? null);
      // A question whose answer is known is not asked (e.g. "in danger now?" was answered in the flow).
      if (start?.wait && this.session.results[start.wait.result]) continue;
      if (this.schedule(kind)) return;
    }
  }

  /**
   * Takes note of a detour to take before the next question. The emergency path wins over a safety question
   * still to come; a safety question waits for no other detour (it comes up again with the next cue).
   */
  private schedule(kind: string): boolean {
    if (!this.flow.detours?.[kind as keyof NonNullable<Flow['detours']>]) return false;
    if (this.session.taken?.includes(kind)) return false;
    if (kind !== 'emergency' && (this.session.detour || this.session.inDetour)) return false;
    this.session.detour = kind;
    return true;
  }

  /** Takes the scheduled detour instead of asking the current question; false when there is none. */
  private divert(): boolean {
    const kind = this.session.detour;
    if (!kind) return false;
    this.session.detour = null;
    const start = this.flow.detours?.[kind as keyof NonNullable<Flow['detours']>];
    if (!start || !this.findNode(start)) {
      this.events.push({ type: 'error', text: `detour node "${start ?? kind}" not found` });
      return false;
    }
    // From inside a safety question, the emergency path goes back to where that question interrupted the
    // flow: the question itself is moot once the emergency is raised.
    if (!this.session.inDetour) this.session.returnTo = this.session.node;
    this.session.inDetour = kind;
    this.session.taken = [...(this.session.taken ?? []), kind];
    this.enter(start);
    return true;
  }

  private summary(): string {
    const lines: string[] = [];
    for (const item of this.flow.summary ?? []) {
      const result = this.session.results[item.result];
      if (!result) continue; // never asked on this path
      const shown = result.skipped
        ? this.text('engine.not_answered')
        : this.display(item.result, result.value);
      lines.push(`• ${this.text(item.label)}: ${shown}`);
    }
    return lines.join('\n');
  }

  /** A saved value as the person would recognise it. */
  private display(name: string, value: Json): string {
    if (value === true) return this.text('answer.yes');
    if (value === false) return this.text('answer.no');
    if (typeof value === 'number') return String(value);
    if (typeof value === 'string') {
      const wait = this.flow.nodes.find((n) => n.wait?.result === name)?.wait;
      const option = wait?.options?.find((o) => o.value === value);
      if (option) return this.text(option.label);
      return value.length > 80 ? `${value.slice(0, 77)}…` : value;
    }
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      for (const field of ['text', 'e164', 'city'] as const) {
        if (typeof value[field] === 'string') return value[field] as string;
      }
      // A pin gives only a country code ("MY"): the person reads the country's name.
      if (typeof value.country === 'string') {
        return this.env.places.countryName?.(value.country, this.session.language) ?? value.country;
      }
      if (typeof value.latitude === 'number' && typeof value.longitude === 'number') {
        return `${value.latitude.toFixed(4)}, ${value.longitude.toFixed(4)}`;
      }
    }
    return this.text('engine.not_answered');
  }

  // --- asking -----------------------------------------------------------------------------------

  private optionsFor(wait: Wait): string[] {
    const labels: string[] = [];
    if (wait.expects === 'choice') {
      for (const option of wait.options ?? []) labels.push(this.text(option.label));
    } else if (wait.expects === 'yes_no') {
      labels.push(this.text('answer.yes'), this.text('answer.no'));
    }
    labels.push(this.text('answer.skip'));
    if (wait.offerLanguage) labels.push(this.text('answer.other_language'));
    return labels;
  }

  private progress(wait: Wait): string {
    return wait.step && this.flow.steps ? `(${wait.step}/${this.flow.steps}) ` : '';
  }

  /** Said before the next question asked in this call (a thank-you for something sent unasked). */
  private pendingLead: string | undefined;

  private ask(wait: Wait, given?: string): void {
    // A detour comes before the next question; a lead given here only acknowledged the same message.
    if (this.session.detour && this.divert()) return;
    this.session.status = 'waiting';
    this.session.timeoutAt = new Date(this.env.now().getTime() + this.env.waitTimeoutMs).toISOString();
    const lead = given ?? this.pendingLead;
    this.pendingLead = undefined;
    if (wait.silent && !lead) return;
    const question = this.progress(wait) + this.text(wait.question);
    this.say(lead ? `${lead}\n\n${question}` : question, {
      options: this.optionsFor(wait),
      expects: wait.expects,
    });
  }

  private askMore(): void {
    if (this.session.detour && this.divert()) return;
    this.session.timeoutAt = new Date(this.env.now().getTime() + this.env.waitTimeoutMs).toISOString();
    this.say(this.text('engine.more'), { options: [this.text('answer.done')], expects: 'choice' });
  }

  private reAsk(wait: Wait): void {
    if (this.session.detour && this.divert()) return;
    const attempt = this.session.attempts;
    const key = `engine.retry${attempt >= 2 ? '2' : ''}.${wait.expects}`;
    const choices = (wait.options ?? []).map((o, i) => `${i + 1}. ${this.text(o.label)}`).join('\n');
    const hint = this.text(key, { choices, min: wait.min ?? 0, max: wait.max ?? 120 });
    this.session.timeoutAt = new Date(this.env.now().getTime() + this.env.waitTimeoutMs).toISOString();
    this.say(hint, { options: this.optionsFor(wait), expects: wait.expects });
  }

  // --- answering --------------------------------------------------------------------------------

  save(name: string, value: Json, input: string | null, skipped: boolean): void {
    const result: Result = { value, input, skipped, at: this.env.now().toISOString() };
    this.session.results[name] = result;
    this.events.push({ type: 'result_saved', name, value, skipped });
  }

  private advance(): void {
    const node = this.findNode(this.session.node);
    const next = node ? this.pickExit(node) : null;
    if (next === null) return this.end();
    this.enter(next);
  }

  switchLanguage(to: Locale | null, chosen: boolean): void {
    const from = this.session.language;
    const target = to ?? (from === 'id' ? 'en' : 'id');
    if (chosen) this.session.languageChosen = true;
    if (target === from && !chosen) return;
    this.session.language = target;
    this.events.push({ type: 'language_changed', from, to: target, chosen });
  }

  timeout(): void {
    if (this.session.timeoutAt === null) return;
    this.session.timeoutAt = null;
    delete this.session.confirming;
    const rule = this.flow.timeout;
    if (!rule) return;
    const ignored = new Set(rule.ignore ?? []);
    const gathered = Object.entries(this.session.results).some(
      ([name, r]) => !r.skipped && !ignored.has(name),
    );
    if (!gathered && !this.session.emergency) return;
    this.quiet = this.session.paused;
    this.enter(rule.node);
    // The report is made; the next message is simply added to it (and its reply gives the number).
    this.quiet = false;
    this.session.paused = false;
  }

  message(input: MessageInput): void {
    if (input.language && !this.session.languageChosen) this.switchLanguage(input.language, false);
    const wait = this.currentWait();
    if (!wait) {
      this.events.push({ type: 'error', text: `node "${this.session.node}" does not wait` });
      return this.end();
    }

    const command = recognizeCommand(input.text);
    if (command) return this.command(command, wait);
    // The host decides when a message is a cry for help; each one gets the emergency help again.
    if (input.emergency) this.raiseEmergency('triage');
    else if (input.concerns) this.noteConcerns(input.concerns);
    if (this.session.confirming) {
      const confirmed = this.answerConfirmation(input);
      if (confirmed !== null) {
        if (!this.session.paused) this.ask(wait);
        return;
      }
    }

    if (this.session.paused) {
      this.session.paused = false;
      this.events.push({ type: 'session_resumed' });
      return this.ask(wait, this.text('engine.resumed'));
    }

    const answer: AnswerInput = { text: input.text };
    if (input.location) answer.location = input.location;
    if (input.phone) answer.phone = input.phone;

    // Things sent that this question did not ask for are kept, and the question stays open (the question
    // that asks for them later takes them as its answer).
    if ((input.location && wait.expects !== 'location') || (input.phone && wait.expects !== 'phone')) {
      this.keepShared(input, false);
      return this.ask(wait);
    }
    if (!input.text && !input.location && !input.phone) {
      if (input.startPayload !== undefined && !input.attachments) {
        // Opened again (a deep link, Telegram's Start button): keep the link, ask the open question again.
        if (input.startPayload) this.save('start_payload', input.startPayload, null, false);
        return this.ask(wait);
      }
      if (!input.attachments) return this.ask(wait, this.text('engine.empty'));
      this.events.push({ type: 'attachment_noted', count: input.attachments });
      // A file that cannot arrive is never thanked for as if it had: say so, the question still open.
      if (input.attachmentTooLarge) return this.ask(wait, this.text('engine.file_too_large'));
      const thanked = this.acknowledgeAttachment(input);
      // A voice note at a question is no answer (not a wrong one): staff will listen to it, and the flow
      // goes on to the next question. One burst of voice notes passes one question, not one each.
      if (input.attachmentKind === 'voice' && thanked) {
        this.save(wait.result, null, null, true);
        return this.advance();
      }
      // Thanked for already (the rest of an album, a burst): kept quietly, the question still open.
      if (!thanked) return;
      return this.ask(wait);
    }
    if (input.attachments) this.events.push({ type: 'attachment_noted', count: input.attachments });

    if (wait.multi && this.session.pieces > 0) return this.continuePieces(wait, input.text);

    if (isSkip(input.text)) {
      this.save(wait.result, null, input.text, true);
      return this.advance();
    }

    const parsed = answerParsers[wait.expects](answer, this.context(wait));
    if (parsed.ok) {
      this.save(wait.result, parsed.value, input.text, false);
      if (wait.multi) {
        this.session.pieces = 1;
        return this.askMore();
      }
      return this.advance();
    }

    // A message that raised an emergency was a cry for help, not a wrong answer: acknowledge it and ask
    // the question again, without counting it against the person.
    if (input.emergency) return this.ask(wait, this.text('engine.emergency_continue'));
    // Likewise a message that raised a safety question: the question comes first, this one again after it.
    if (this.session.detour) return this.ask(wait);
    this.session.attempts += 1;
    this.events.push({ type: 'answer_rejected', name: wait.result, attempt: this.session.attempts });
    if (this.session.attempts >= MAX_ATTEMPTS) {
      // Why keep the input: a half-understood answer ("di dekat pelabuhan") still helps staff.
      this.save(wait.result, null, input.text, true);
      this.say(this.text('engine.moving_on'));
      return this.advance();
    }
    this.reAsk(wait);
  }

  /**
   * Keeps a pin or a phone number the person sent without being asked (`shared_location`, `shared_phone`),
   * and thanks them before the next question. On a resumed question only what it did not ask for is kept.
   */
  keepShared(input: MessageInput, atStart: boolean): void {
    const answer: AnswerInput = { text: input.text };
    const expects = atStart ? undefined : this.currentWait()?.expects;
    if (input.location && expects !== 'location') {
      const place = answerParsers.location({ ...answer, location: input.location }, this.context());
      if (place.ok) this.save('shared_location', place.value, null, false);
      this.pendingLead = this.text('engine.location_saved');
    } else if (input.phone && expects !== 'phone') {
      const phone = answerParsers.phone({ ...answer, phone: input.phone }, this.context());
      if (phone.ok) this.save('shared_phone', phone.value, null, false);
      this.pendingLead = this.text('engine.phone_saved');
    }
  }

  /**
   * Thanks the person for a file before the next message, naming what it was, unless files were thanked for
   * within the last minute or in the same album; returns whether it thanked.
   */
  acknowledgeAttachment(input: MessageInput): boolean {
    if (input.attachmentTooLarge) {
      this.pendingLead = this.text('engine.file_too_large');
      return true;
    }
    const now = this.env.now();
    const last = this.session.acknowledged;
    const recent = last && now.getTime() - new Date(last.at).getTime() < ACKNOWLEDGE_AGAIN_MS;
    const sameGroup = last?.group && input.attachmentGroup === last.group;
    if (recent || sameGroup) return false;
    this.session.acknowledged = { at: now.toISOString(), group: input.attachmentGroup ?? null };
    this.pendingLead = this.text(ACKNOWLEDGEMENT[input.attachmentKind ?? 'other']);
    return true;
  }

  /**
   * A question whose answer the person already sent unasked (a pin or a contact, even as their very first
   * message) is not asked again: the kept value becomes its answer, and the flow goes on.
   */
  private answeredAlready(wait: Wait): boolean {
    if (this.session.results[wait.result] !== undefined) return false;
    const kept =
      wait.expects === 'location'
        ? this.session.results.shared_location
        : wait.expects === 'phone'
          ? this.session.results.shared_phone
          : undefined;
    if (!kept || kept.skipped) return false;
    this.save(wait.result, kept.value, null, false);
    return true;
  }

  private continuePieces(wait: Wait, text: string | null): void {
    const said = collapseRepeats(normalizeAnswer(text ?? ''));
    const doneLabels = this.labelsOf('answer.done').map((l) => collapseRepeats(normalizeAnswer(l)));
    if (!text || doneWords.has(said) || doneLabels.includes(said) || isSkip(text)) return this.advance();
    const previous = this.session.results[wait.result];
    const joined = typeof previous?.value === 'string' ? `${previous.value}\n\n${text.trim()}` : text.trim();
    this.save(wait.result, joined, text, false);
    this.session.pieces += 1;
    if (this.session.pieces >= MAX_PIECES) return this.advance();
    this.askMore();
  }

  private context(wait?: Wait): AnswerContext {
    const located = this.session.results.location?.value;
    const knownCountry =
      located && typeof located === 'object' && !Array.isArray(located) && typeof located.country === 'string'
        ? located.country
        : null;
    const context: AnswerContext = {
      options: wait?.options ?? [],
      labelsOf: this.labelsOf,
      now: this.env.now(),
      knownCountry,
      places: this.env.places,
    };
    if (wait?.min !== undefined) context.min = wait.min;
    if (wait?.max !== undefined) context.max = wait.max;
    return context;
  }

  /** Asks the person to confirm that they take back their consent to share; their next message answers. */
  askToConfirmWithdrawal(): void {
    this.session.confirming = 'withdraw_consent';
    this.say(this.text('engine.withdraw_confirm'), {
      options: [this.text('answer.yes'), this.text('answer.no')],
      expects: 'yes_no',
    });
  }

  /**
   * Reads the answer to a pending confirmation: yes carries the withdrawal out (the host withdraws what is
   * recorded; `consent_withdrawn` voids consent given in this conversation before it), no keeps everything
   * as it was. Returns null when the message answers neither: it is then taken as usual, and the
   * confirmation is dropped (nothing is withdrawn without a clear yes).
   */
  private answerConfirmation(input: MessageInput): boolean | null {
    delete this.session.confirming;
    const answer = answerParsers.yes_no({ text: input.text }, this.context());
    if (!answer.ok) return null;
    if (answer.value === true) {
      this.save('consent_withdrawn', true, input.text, false);
      this.events.push({ type: 'consent_withdrawal_confirmed' });
      return true;
    }
    this.say(this.text('engine.withdraw_kept'));
    return false;
  }

  private command(command: GlobalCommand, wait: Wait): void {
    // Another command in between drops a pending confirmation: only a clear yes to it withdraws.
    delete this.session.confirming;
    switch (command.type) {
      case 'emergency':
        this.raiseEmergency('command');
        this.session.paused = false;
        return this.ask(wait, this.text('engine.emergency_continue'));
      case 'language':
        this.switchLanguage(command.to, true);
        return this.ask(wait, this.text('engine.language_set'));
      case 'pause':
        this.session.paused = true;
        this.events.push({ type: 'session_paused' });
        this.say(this.text('engine.paused'));
        return;
      case 'delete':
        this.events.push({ type: 'delete_requested' });
        this.say(this.text('engine.deleted'), { clear: true });
        return;
      case 'disappearing':
        this.events.push({ type: 'disappearing_requested' });
        this.say(this.text('engine.disappearing'));
        return;
      case 'help':
        return this.ask(wait, this.text('engine.help'));
      case 'restart':
        return this.restart();
      case 'withdraw_consent':
        return this.askToConfirmWithdrawal();
    }
  }

  private restart(): void {
    const gathered = Object.values(this.session.results).some((r) => !r.skipped);
    if (gathered && !this.session.reportComplete) {
      // Starting over must not throw away what was told: it becomes an (incomplete) report first.
      const ref = this.ensureReportRef();
      this.events.push({ type: 'report_submitted', ref, complete: false, results: this.session.results });
    }
    Object.assign(this.session, {
      flow: this.content.entry,
      results: {},
      paused: false,
      emergency: false,
      reportRef: null,
      reportComplete: false,
      startedAt: this.env.now().toISOString(),
      detour: null,
      inDetour: null,
      returnTo: null,
      taken: [],
    });
    this.events.push({ type: 'session_restarted' });
    this.enter(this.flow.start);
  }
}

/** The kind of answer a waiting session expects, or null. */
export function expectedAnswer(content: Content, session: Session): AnswerKind | null {
  const node = content.flows[session.flow]?.nodes.find((n) => n.id === session.node);
  return node?.wait?.expects ?? null;
}
