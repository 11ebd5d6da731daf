// Suar desk: live updates, countdowns and the P1 alert. Progressive enhancement only: every page works
// without this file (forms post, links navigate); this adds what a server-rendered page cannot do alone.
// Served by Suar itself; no inline code anywhere (the desk's CSP forbids it).
(() => {
  const lang = document.documentElement.lang || 'id';
  const body = document.body;
  const csrf = document.querySelector('meta[name="csrf-token"]')?.getAttribute('content') ?? '';

  // --- Countdowns: "sisa 12 menit" / "terlambat 5 menit", kept current without reloading. ---------------------
  // The same words as the server renders (src/desk/format-time.ts).
  const unit = (u) => new Intl.NumberFormat(lang, { style: 'unit', unit: u, unitDisplay: 'long' });
  const units = { minute: unit('minute'), hour: unit('hour'), day: unit('day') };
  function span(ms) {
    const minutes = Math.max(0, Math.round(Math.abs(ms) / 60000));
    if (minutes >= 2880) return units.day.format(Math.floor(minutes / 1440));
    if (minutes >= 120) return units.hour.format(Math.floor(minutes / 60));
    return units.minute.format(minutes);
  }
  function describeDue(due, now) {
    const d = span(due - now);
    if (due < now) return lang === 'en' ? `${d} overdue` : `terlambat ${d}`;
    return lang === 'en' ? `${d} left` : `sisa ${d}`;
  }
  function refreshCountdowns(root = document) {
    const now = Date.now();
    for (const el of root.querySelectorAll('[data-due]')) {
      const due = Date.parse(el.getAttribute('data-due'));
      if (Number.isNaN(due)) continue;
      el.textContent = describeDue(due, now);
      el.classList.toggle('overdue', due < now);
    }
    for (const el of root.querySelectorAll('[data-since]')) {
      const since = Date.parse(el.getAttribute('data-since'));
      if (!Number.isNaN(since)) el.textContent = span(now - since);
    }
  }
  refreshCountdowns();
  setInterval(refreshCountdowns, 30000);

  // --- Confirmations on dangerous buttons (merge, close…). --------------------------------------------------
  document.addEventListener('submit', (event) => {
    const form = event.target;
    const question = form instanceof HTMLFormElement ? form.getAttribute('data-confirm') : null;
    if (question && !window.confirm(question)) event.preventDefault();
  });

  // --- Canned replies: choosing one fills the reply box at once (without script, a button reloads the page). --
  for (const select of document.querySelectorAll('select[data-canned-target]')) {
    const target = document.getElementById(select.getAttribute('data-canned-target'));
    const fill = () => {
      const body = select.selectedOptions[0]?.getAttribute('data-body');
      if (
        target &&
        body &&
        (target.value.trim() === '' ||
          window.confirm(lang === 'en' ? 'Replace what you wrote?' : 'Ganti yang sudah ditulis?'))
      ) {
        target.value = body;
        target.focus();
      }
    };
    select.addEventListener('change', fill);
    const button = select.form?.querySelector('button');
    if (button) {
      button.addEventListener('click', (event) => {
        event.preventDefault();
        fill();
      });
    }
  }

  // --- Live regions: fragments re-fetched when the server says something they show has changed. ------------
  const regions = () => Array.from(document.querySelectorAll('[data-refresh]'));
  const pending = new Set();
  let timer = null;
  async function refresh(region) {
    // A voice note or video playing in this region would stop if replaced: refresh once it pauses.
    const playing = Array.from(region.querySelectorAll('audio, video')).find((m) => !m.paused);
    if (playing) {
      playing.addEventListener('pause', () => refresh(region), { once: true });
      return;
    }
    const url = region.getAttribute('data-refresh');
    try {
      const response = await fetch(url, {
        headers: { accept: 'text/html', 'x-csrf-token': csrf },
        credentials: 'same-origin',
      });
      if (response.status === 401) {
        window.location.assign(`/desk/sign-in?next=${encodeURIComponent(window.location.pathname)}`);
        return;
      }
      if (!response.ok) return;
      const html = await response.text();
      const before = new Set(
        Array.from(region.querySelectorAll('[data-id]')).map((el) => el.getAttribute('data-id')),
      );
      // Focus inside a region that is replaced would be lost: keep it where it was when possible.
      const focused = region.contains(document.activeElement) ? document.activeElement?.id : null;
      region.innerHTML = html;
      for (const el of region.querySelectorAll('[data-id]')) {
        if (before.size > 0 && !before.has(el.getAttribute('data-id'))) el.classList.add('fresh');
      }
      if (focused) document.getElementById(focused)?.focus();
      refreshCountdowns(region);
      if (region.classList.contains('transcript')) region.scrollTop = region.scrollHeight;
    } catch {
      // The next event or the periodic refresh tries again.
    }
  }
  function scheduleRefresh(only) {
    for (const region of regions()) {
      const ticket = region.getAttribute('data-ticket');
      if (!only || !ticket || only.includes(ticket)) pending.add(region);
    }
    if (timer) return;
    // Bursts (a raid, many messages at once) become one refresh per region every half second.
    timer = setTimeout(() => {
      timer = null;
      const batch = Array.from(pending);
      pending.clear();
      for (const region of batch) refresh(region);
    }, 500);
  }
  for (const t of document.querySelectorAll('.transcript')) t.scrollTop = t.scrollHeight;

  // --- The P1 alert: a banner that stays until dismissed, and a sound (the desk's own file). -----------------
  const banner = document.getElementById('p1-banner');
  const sound = body.getAttribute('data-alert-sound');
  let audio = null;
  function playAlert() {
    if (!sound) return;
    audio ??= new Audio(sound);
    audio.currentTime = 0;
    // Browsers refuse sound before the page was touched once; the banner still shows.
    audio.play().catch(() => {});
  }
  function showP1(ticket) {
    if (!banner) return;
    const title = lang === 'en' ? 'New emergency (P1)' : 'Laporan darurat baru (P1)';
    const open = lang === 'en' ? 'Open' : 'Buka';
    const dismiss = lang === 'en' ? 'Dismiss' : 'Tutup';
    banner.replaceChildren();
    const text = document.createElement('span');
    text.textContent = `${title}: ${ticket.ref}${ticket.reason ? ` — ${ticket.reason}` : ''}`;
    const link = document.createElement('a');
    link.href = `/desk/tickets/${encodeURIComponent(ticket.ref)}`;
    link.textContent = open;
    const close = document.createElement('button');
    close.type = 'button';
    close.className = 'secondary';
    close.textContent = dismiss;
    close.addEventListener('click', () => banner.classList.remove('show'));
    banner.append(text, link, close);
    banner.classList.add('show');
    playAlert();
  }

  // --- Server-sent events. -------------------------------------------------------------------------------
  const liveUrl = body.getAttribute('data-live');
  const status = document.getElementById('live-status');
  const say = (text) => {
    if (status) status.textContent = text;
  };
  if (liveUrl && 'EventSource' in window) {
    let source = null;
    const connect = () => {
      source = new EventSource(liveUrl, { withCredentials: true });
      source.addEventListener('open', () => {
        say(lang === 'en' ? 'Live' : 'Langsung');
        body.setAttribute('data-live-state', 'open');
      });
      source.addEventListener('tickets', (event) => {
        try {
          scheduleRefresh(JSON.parse(event.data).ids);
        } catch {
          scheduleRefresh(null);
        }
      });
      source.addEventListener('p1', (event) => {
        try {
          showP1(JSON.parse(event.data));
        } catch {}
        scheduleRefresh(null);
      });
      source.addEventListener('signed-out', () => {
        source.close();
        window.location.assign('/desk/sign-in');
      });
      source.addEventListener('error', () => {
        say(lang === 'en' ? 'Reconnecting…' : 'Menyambung ulang…');
        body.setAttribute('data-live-state', 'reconnecting');
      });
    };
    connect();
    // After a sleep or a lost network, catch up once the page is visible again.
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') scheduleRefresh(null);
    });
  }
})();
