/** A bot message as the web chat API returns it. */
export interface ApiMessage {
  id: string;
  text: string;
  options: string[];
  expects: string | null;
  reference?: string;
}

/** Sends a request to the app (app.request or fetch against a server). */
export type Requester = (path: string, init?: RequestInit) => Promise<Response>;

const skipLabels = new Set(['Lewati', 'Skip', 'English', 'Bahasa Indonesia']);

/** Answers for each kind of question, per language, as an automated client would give them. */
const typed: Record<'id' | 'en', Record<string, string>> = {
  id: {
    text: 'Saya kerja di pabrik, gaji tidak dibayar',
    phone: '+60 12 345 6789',
    location: 'Malaysia',
    number: '30',
    date: 'Januari 2025',
  },
  en: {
    text: 'I work in a factory and my wages are not paid',
    phone: '+60 12 345 6789',
    location: 'Malaysia',
    number: '30',
    date: 'January 2025',
  },
};

/**
 * Plays a whole conversation through the web chat API, answering whatever the bot asks from `expects` and
 * `options` — like the automated client that checks Suar. `pick` chooses among options (default: the first
 * real option). Returns every bot message and the reference that came back.
 */
export async function answerEverything(
  request: Requester,
  options: {
    language?: 'id' | 'en';
    /** An answer of the test's own: text, or a shared location. */
    pick?: (
      message: ApiMessage,
    ) => string | { location: { latitude: number; longitude: number } } | undefined;
    maxTurns?: number;
  } = {},
): Promise<{ messages: ApiMessage[]; reference: string | undefined; turns: number }> {
  const language = options.language ?? 'id';
  const created = await request('/api/webchat/conversations', { method: 'POST' });
  if (created.status !== 201) throw new Error(`create: ${created.status}`);
  const { id, token } = (await created.json()) as { id: string; token: string };
  const auth = { authorization: `Bearer ${token}` };
  const all: ApiMessage[] = [];
  let cursor = '0';
  let turns = 0;
  const read = async () => {
    const res = await request(`/api/webchat/conversations/${id}/messages?after=${cursor}`, { headers: auth });
    if (res.status !== 200) throw new Error(`read: ${res.status}`);
    const body = (await res.json()) as { messages: ApiMessage[]; cursor: string };
    cursor = body.cursor;
    all.push(...body.messages);
    return body.messages;
  };
  const say = async (answer: string | { location: { latitude: number; longitude: number } }) => {
    const res = await request(`/api/webchat/conversations/${id}/messages`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify(typeof answer === 'string' ? { text: answer } : answer),
    });
    if (res.status !== 202) throw new Error(`post: ${res.status} ${await res.text()}`);
  };
  if (language === 'en') {
    await read();
    await say('English');
  }
  for (; turns < (options.maxTurns ?? 80); turns++) {
    const batch = await read();
    const question = batch.findLast((m) => m.expects !== null);
    if (!question) break;
    let answer = options.pick?.(question);
    if (answer === undefined) {
      const real = question.options.filter((o) => !skipLabels.has(o));
      answer = real.length > 0 && question.expects !== 'text' ? real[0]! : typed[language][question.expects!];
    }
    await say(answer ?? 'ok');
  }
  const reference = all.findLast((m) => m.reference)?.reference;
  return { messages: all, reference, turns };
}
