// The try-it-in-a-browser page: one self-contained HTML file (no CDN), small enough for a cheap phone.

/** The web chat page. */
export const webchatPage = `<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>Suar</title>
<style>
  :root { --bg: #f4f1ea; --me: #d7ecd9; --bot: #fff; --ink: #1d2521; --accent: #b5451b; }
  * { box-sizing: border-box; }
  body { margin: 0; font: 16px/1.45 system-ui, sans-serif; background: var(--bg); color: var(--ink);
         display: flex; flex-direction: column; height: 100dvh; }
  header { padding: .6rem 1rem; background: var(--accent); color: #fff; font-weight: 600; display: flex;
           justify-content: space-between; align-items: center; }
  header button { background: transparent; color: #fff; border: 1px solid #fff8; border-radius: 6px; padding: .2rem .6rem; }
  #log { flex: 1; overflow-y: auto; padding: 1rem; display: flex; flex-direction: column; gap: .5rem; }
  .msg { max-width: 85%; padding: .55rem .8rem; border-radius: 12px; white-space: pre-wrap; overflow-wrap: anywhere; }
  .bot { background: var(--bot); align-self: flex-start; box-shadow: 0 1px 1px #0001; }
  .me { background: var(--me); align-self: flex-end; }
  #options { display: flex; flex-wrap: wrap; gap: .4rem; padding: 0 1rem .4rem; }
  #options button { border: 1px solid var(--accent); color: var(--accent); background: #fff; border-radius: 16px;
                    padding: .35rem .8rem; font-size: .95rem; }
  form { display: flex; gap: .4rem; padding: .6rem; background: #fff; border-top: 1px solid #0002; }
  input { flex: 1; font-size: 16px; padding: .6rem; border: 1px solid #0003; border-radius: 8px; min-width: 0; }
  form button { background: var(--accent); color: #fff; border: 0; border-radius: 8px; padding: 0 1rem; font-size: 16px; }
  #status { font-size: .85rem; color: #a00; padding: 0 1rem; min-height: 1.1em; }
</style>
</head>
<body>
<header><span>Suar</span><button id="end" type="button"></button></header>
<div id="log" aria-live="polite"></div>
<div id="status" role="status"></div>
<div id="options"></div>
<form id="form" autocomplete="off">
  <input id="text" name="text" maxlength="4096" aria-label="message">
  <button id="send" type="submit"></button>
</form>
<script>
(() => {
  const en = !/^(id|ms|jv|su)/i.test(navigator.language || 'id');
  const t = en
    ? { send: 'Send', placeholder: 'Write a message…', end: 'Clear', location: '📍 Share location', offline: 'Connection problem. Trying again…' }
    : { send: 'Kirim', placeholder: 'Tulis pesan…', end: 'Hapus', location: '📍 Kirim lokasi', offline: 'Koneksi bermasalah. Mencoba lagi…' };
  const $ = (id) => document.getElementById(id);
  $('send').textContent = t.send; $('text').placeholder = t.placeholder; $('end').textContent = t.end;
  // sessionStorage: closing the tab forgets the conversation on this phone (discretion).
  let conv = JSON.parse(sessionStorage.getItem('suar') || 'null');
  let cursor = sessionStorage.getItem('suar-cursor') || '0';
  let polling = false;

  function add(text, who) {
    const div = document.createElement('div');
    div.className = 'msg ' + who; div.textContent = text; $('log').appendChild(div);
    $('log').scrollTop = $('log').scrollHeight;
  }
  function showOptions(msg) {
    const box = $('options'); box.textContent = '';
    if (!msg) return;
    for (const label of msg.options || []) {
      const b = document.createElement('button'); b.type = 'button'; b.textContent = label;
      b.onclick = () => post({ text: label }, label); box.appendChild(b);
    }
    if (msg.expects === 'location' && navigator.geolocation) {
      const b = document.createElement('button'); b.type = 'button'; b.textContent = t.location;
      b.onclick = () => navigator.geolocation.getCurrentPosition(
        (p) => post({ location: { latitude: p.coords.latitude, longitude: p.coords.longitude } }, t.location),
        () => {});
      box.appendChild(b);
    }
  }
  async function api(path, options) {
    const headers = { 'content-type': 'application/json' };
    if (conv) headers.authorization = 'Bearer ' + conv.token;
    const res = await fetch('/api/webchat' + path, { ...options, headers });
    if (!res.ok) throw new Error(String(res.status));
    $('status').textContent = '';
    return res.json();
  }
  async function start() {
    if (!conv) {
      conv = await api('/conversations', { method: 'POST' });
      sessionStorage.setItem('suar', JSON.stringify(conv));
    }
    await poll();
  }
  async function poll() {
    if (polling) return; polling = true;
    try {
      const data = await api('/conversations/' + conv.id + '/messages?after=' + cursor);
      for (const m of data.messages) { if (m.clear) $('log').textContent = ''; add(m.text, 'bot'); }
      if (data.messages.length) showOptions(data.messages[data.messages.length - 1]);
      cursor = data.cursor; sessionStorage.setItem('suar-cursor', cursor);
    } catch (e) { $('status').textContent = t.offline; }
    finally { polling = false; }
  }
  async function post(body, shown) {
    add(shown, 'me'); showOptions(null);
    body.id = crypto.randomUUID ? crypto.randomUUID() : String(Date.now()) + Math.random();
    for (let i = 0; i < 5; i++) {
      try { await api('/conversations/' + conv.id + '/messages', { method: 'POST', body: JSON.stringify(body) }); break; }
      catch (e) { $('status').textContent = t.offline; await new Promise((r) => setTimeout(r, 1000 * (i + 1))); }
    }
    await poll();
  }
  $('form').onsubmit = (e) => {
    e.preventDefault();
    const text = $('text').value.trim(); if (!text) return;
    $('text').value = ''; post({ text }, text);
  };
  $('end').onclick = () => {
    sessionStorage.clear(); conv = null; cursor = '0'; $('log').textContent = ''; showOptions(null); start();
  };
  start().catch(() => { $('status').textContent = t.offline; });
  setInterval(() => { if (conv) poll(); }, 3000);
})();
</script>
</body>
</html>
`;
