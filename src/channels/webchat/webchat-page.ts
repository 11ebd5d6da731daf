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
  form button#attach { background: #fff; color: var(--accent); border: 1px solid var(--accent); padding: 0 .7rem; }
  progress { display: block; width: 100%; height: .4rem; margin-top: .3rem; }
  .msg .state { display: block; font-size: .75rem; color: #0008; text-align: right; }
  #status { font-size: .85rem; color: #a00; padding: 0 1rem; min-height: 1.1em; }
</style>
</head>
<body>
<header><span>Suar</span><button id="end" type="button"></button></header>
<div id="log" aria-live="polite"></div>
<div id="status" role="status"></div>
<div id="options"></div>
<form id="form" autocomplete="off">
  <button id="attach" type="button">📎</button>
  <input id="file" type="file" accept="image/*,application/pdf,audio/*,video/*" multiple hidden>
  <input id="text" name="text" maxlength="4096" aria-label="message">
  <button id="send" type="submit"></button>
</form>
<script>
(() => {
  const en = !/^(id|ms|jv|su)/i.test(navigator.language || 'id');
  const t = en
    ? { send: 'Send', placeholder: 'Write a message…', end: 'Clear', location: '📍 Share location', offline: 'Connection problem. Trying again…',
        waiting: 'waiting to send', sent: 'sent', refused: 'not sent: ', attach: 'Send a photo or a file',
        uploading: 'sending', uploadFailed: 'not sent (connection problem), please try again' }
    : { send: 'Kirim', placeholder: 'Tulis pesan…', end: 'Hapus', location: '📍 Kirim lokasi', offline: 'Koneksi bermasalah. Mencoba lagi…',
        waiting: 'menunggu dikirim', sent: 'terkirim', refused: 'tidak terkirim: ', attach: 'Kirim foto atau berkas',
        uploading: 'mengirim', uploadFailed: 'tidak terkirim (koneksi bermasalah), silakan coba lagi' };
  const $ = (id) => document.getElementById(id);
  $('send').textContent = t.send; $('text').placeholder = t.placeholder; $('end').textContent = t.end;
  $('attach').setAttribute('aria-label', t.attach); $('attach').title = t.attach;
  // sessionStorage: closing the tab forgets the conversation on this phone (discretion); a reload keeps it,
  // and so keeps what was typed but not yet accepted by the server.
  const store = {
    get: (key, fallback) => JSON.parse(sessionStorage.getItem(key) || 'null') ?? fallback,
    set: (key, value) => sessionStorage.setItem(key, JSON.stringify(value)),
  };
  let conv = store.get('suar', null);
  let cursor = store.get('suar-cursor', '0');
  // Messages not yet accepted, oldest first: { id, body, shown }. Sent one at a time, in order.
  let outbox = store.get('suar-outbox', []);
  let polling = false, flushing = false, retryTimer = null, backoff = 1000;

  const randomId = () => crypto.randomUUID ? crypto.randomUUID() : String(Date.now()) + Math.random();
  function randomToken() {
    const bytes = crypto.getRandomValues(new Uint8Array(32));
    return btoa(String.fromCharCode(...bytes)).replace(/\\+/g, '-').replace(/\\//g, '_').replace(/=+$/, '');
  }
  function add(text, who, id) {
    const div = document.createElement('div');
    div.className = 'msg ' + who; div.textContent = text;
    if (id) {
      div.dataset.id = id;
      const state = document.createElement('small'); state.className = 'state'; div.appendChild(state);
    }
    $('log').appendChild(div);
    $('log').scrollTop = $('log').scrollHeight;
    return div;
  }
  function mark(id, text) {
    const state = document.querySelector('.msg[data-id="' + id + '"] .state');
    if (state) state.textContent = text;
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
  function request(path, options) {
    const headers = { 'content-type': 'application/json' };
    if (conv && conv.id) headers.authorization = 'Bearer ' + conv.token;
    return fetch('/api/webchat' + path, { ...options, headers });
  }
  // Waits as the server asked (Retry-After), or doubles the wait up to 30 s; going online retries at once.
  function retryLater(res) {
    $('status').textContent = t.offline;
    const asked = res ? Number(res.headers.get('retry-after')) * 1000 : 0;
    const wait = asked > 0 ? asked : backoff;
    backoff = Math.min(backoff * 2, 30000);
    clearTimeout(retryTimer);
    retryTimer = setTimeout(() => { retryTimer = null; conv && conv.id ? flush() : start(); }, wait);
  }
  async function start() {
    if (!conv || !conv.id) {
      // The token is ours before the first try, so a retried creation finds the same conversation.
      conv = conv || { token: randomToken() };
      store.set('suar', conv);
      let res;
      try { res = await request('/conversations', { method: 'POST', body: JSON.stringify({ token: conv.token }) }); }
      catch (e) { return retryLater(null); }
      if (!res.ok) return retryLater(res);
      conv = await res.json(); store.set('suar', conv);
    }
    $('status').textContent = '';
    await flush();
    await poll();
  }
  async function poll() {
    if (polling || !conv || !conv.id) return; polling = true;
    try {
      const res = await request('/conversations/' + conv.id + '/messages?after=' + cursor);
      if (!res.ok) throw new Error(String(res.status));
      const data = await res.json();
      for (const m of data.messages) { if (m.clear) $('log').textContent = ''; add(m.text, 'bot'); }
      if (data.messages.length) showOptions(data.messages[data.messages.length - 1]);
      cursor = data.cursor; store.set('suar-cursor', cursor);
      if (!retryTimer) $('status').textContent = '';
    } catch (e) { $('status').textContent = t.offline; }
    finally { polling = false; }
  }
  async function flush() {
    if (flushing || !conv || !conv.id) return; flushing = true;
    try {
      while (outbox.length) {
        const item = outbox[0];
        let res;
        try {
          res = await request('/conversations/' + conv.id + '/messages',
            { method: 'POST', body: JSON.stringify({ ...item.body, id: item.id }) });
        } catch (e) { return retryLater(null); }
        if (res.ok) {
          outbox.shift(); store.set('suar-outbox', outbox); mark(item.id, '✓ ' + t.sent);
          backoff = 1000; $('status').textContent = '';
          await poll();
          continue;
        }
        if (res.status === 400 || res.status === 401 || res.status === 404) {
          // The server will never take this one (it says why): show it, and go on with the rest.
          const reason = await res.json().then((b) => b.error).catch(() => String(res.status));
          outbox.shift(); store.set('suar-outbox', outbox); mark(item.id, t.refused + reason);
          continue;
        }
        return retryLater(res);
      }
    } finally { flushing = false; }
  }
  function post(body, shown) {
    const item = { id: randomId(), body, shown };
    outbox.push(item); store.set('suar-outbox', outbox);
    add(shown, 'me', item.id); mark(item.id, '⏳ ' + t.waiting); showOptions(null);
    flush();
  }
  $('form').onsubmit = (e) => {
    e.preventDefault();
    const text = $('text').value.trim(); if (!text) return;
    $('text').value = ''; post({ text }, text);
  };
  // A file goes on its own, with XMLHttpRequest so the bar shows how far it is (fetch cannot tell).
  function upload(file) {
    if (!conv || !conv.id) return;
    const id = randomId();
    const div = add('📎 ' + file.name, 'me', id);
    const bar = document.createElement('progress'); bar.max = 100; bar.value = 0; div.appendChild(bar);
    mark(id, '⏳ ' + t.uploading);
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/webchat/conversations/' + conv.id + '/files?id=' + encodeURIComponent(id));
    xhr.setRequestHeader('authorization', 'Bearer ' + conv.token);
    xhr.setRequestHeader('content-type', file.type || 'application/octet-stream');
    xhr.setRequestHeader('x-file-name', encodeURIComponent(file.name));
    xhr.upload.onprogress = (e) => {
      if (!e.lengthComputable) return;
      bar.value = Math.round((e.loaded / e.total) * 100);
      mark(id, '⏳ ' + t.uploading + ' ' + bar.value + '%');
    };
    xhr.onload = () => {
      bar.remove();
      if (xhr.status === 202) { mark(id, '✓ ' + t.sent); poll(); return; }
      let reason = String(xhr.status);
      try { reason = JSON.parse(xhr.responseText).error || reason; } catch (e) {}
      mark(id, xhr.status >= 500 || xhr.status === 429 ? t.uploadFailed : t.refused + reason);
    };
    xhr.onerror = () => { bar.remove(); mark(id, t.uploadFailed); };
    xhr.send(file);
  }
  $('attach').onclick = () => $('file').click();
  $('file').onchange = () => {
    for (const file of $('file').files) upload(file);
    $('file').value = '';
  };
  $('end').onclick = () => {
    sessionStorage.clear(); conv = null; cursor = '0'; outbox = []; $('log').textContent = ''; showOptions(null); start();
  };
  // After a reload, what was not yet accepted is shown again, still waiting.
  for (const item of outbox) { add(item.shown, 'me', item.id); mark(item.id, '⏳ ' + t.waiting); }
  window.addEventListener('online', () => { backoff = 1000; clearTimeout(retryTimer); retryTimer = null; start(); });
  start();
  setInterval(() => { if (conv && conv.id) poll(); }, 3000);
})();
</script>
</body>
</html>
`;
