import { afterEach, expect, it } from 'vitest';
import type { DeskLive, LiveEvent } from '../../src/desk/live/desk-live.ts';
import { describeEachDatabase } from '../support/databases.ts';
import { addTestStaff, deskTestApp, signIn, startTestLive, webchatPerson } from '../support/desk.ts';
import { SELF_REPORT_ANSWERS } from '../support/intake-answers.ts';

/** Waits until `check` holds, or fails after a few seconds. */
async function eventually(check: () => boolean, what: string, ms = 5000): Promise<void> {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describeEachDatabase('live desk', (database) => {
  let live: DeskLive | undefined;
  afterEach(async () => {
    await live?.stop();
    live = undefined;
  });

  it('tells a connected desk about a new emergency, and only desks that may see it', async () => {
    const desk = deskTestApp(database());
    live = await startTestLive(desk.ctx);
    const central: LiveEvent[] = [];
    const elsewhere: LiveEvent[] = [];
    live.connect({ staff: { id: 'a', missionId: null }, send: (e) => central.push(e) });
    live.connect({ staff: { id: 'b', missionId: 'kbri-phnom-penh' }, send: (e) => elsewhere.push(e) });

    const person = await webchatPerson(desk.app);
    for (const answer of SELF_REPORT_ANSWERS.slice(0, 5)) await person.say(answer);
    await person.say('tolong saya dikurung di rumah majikan, tidak boleh keluar');
    await eventually(() => central.some((e) => e.type === 'p1'), 'the P1 announcement');
    const p1 = central.find((e) => e.type === 'p1');
    expect(p1).toMatchObject({ type: 'p1', ref: expect.stringMatching(/^SUAR-/) });
    // One announcement per emergency, however many changes follow.
    await person.say('majikan pulang jam 5');
    await eventually(() => central.filter((e) => e.type === 'tickets').length >= 2, 'a later change');
    expect(central.filter((e) => e.type === 'p1')).toHaveLength(1);
    // The ticket is Malaysia's (Johor Bahru): a desk in Phnom Penh hears nothing of it.
    expect(elsewhere).toEqual([]);
  });

  it('streams server-sent events to a signed-in desk', async () => {
    const desk = deskTestApp(database());
    live = await startTestLive(desk.ctx);
    const staff = await addTestStaff(database().db);
    const browser = await signIn(desk.app, staff.email, staff.password);
    const controller = new AbortController();
    const response = await desk.app.request('/desk/api/events', {
      headers: { cookie: browser.cookie },
      signal: controller.signal,
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    const reader = response.body!.getReader();
    let text = '';
    const readUntil = async (pattern: RegExp) => {
      const until = Date.now() + 5000;
      while (!pattern.test(text)) {
        if (Date.now() > until) throw new Error(`no ${pattern} in ${text}`);
        const { value, done } = await reader.read();
        if (done) throw new Error('stream ended');
        text += new TextDecoder().decode(value);
      }
    };
    await readUntil(/event: ready/);
    const person = await webchatPerson(desk.app);
    await person.say('halo');
    await person.say('tolong saya dikurung, paspor ditahan, saya di Malaysia');
    await readUntil(/event: p1\ndata: \{"id":"[^"]+","ref":"SUAR-/);
    controller.abort();
    await reader.cancel().catch(() => {});
    await eventually(() => live!.size === 0, 'the desk to disconnect');
  });

  it('answers the event stream with 401 without a session', async () => {
    const desk = deskTestApp(database());
    expect((await desk.app.request('/desk/api/events')).status).toBe(401);
  });
});
