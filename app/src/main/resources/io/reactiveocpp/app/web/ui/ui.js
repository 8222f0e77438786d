// The Config UI's script: live updates (server-sent events), saving parameters, the simulator's controls and
// logout. Every write carries the session's CSRF token from <meta name="csrf-token">. Served from the jar; no
// library, no build step. Text from the server is set with textContent, except the status fragment, which the
// server renders with every value escaped.
'use strict';
(() => {
  const $ = id => document.getElementById(id);
  const csrf = () => (document.querySelector('meta[name="csrf-token"]') || {}).content || '';

  async function send(method, url, body) {
    const init = { method, credentials: 'same-origin', headers: { 'X-CSRF-Token': csrf() } };
    if (body !== undefined) {
      init.headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    let response;
    try {
      response = await fetch(url, init);
    } catch (e) {
      return { ok: false, status: 0, data: { error: 'the charge controller did not answer: ' + e.message } };
    }
    let data = null;
    try { data = await response.json(); } catch (e) { /* not JSON */ }
    if (response.status === 401) { location.assign('/login'); }
    return { ok: response.ok, status: response.status, data };
  }

  const errorText = r => (r.data && r.data.error) || ('HTTP ' + r.status);

  function show(element, text, ok) {
    if (!element) { return; }
    element.textContent = text;
    element.className = 'msg ' + (ok ? 'ok' : 'error');
  }

  function setLive(on) {
    const live = $('live');
    if (live) {
      live.textContent = on ? 'live' : 'offline';
      live.className = 'live-state ' + (on ? 'on' : 'off');
    }
  }

  // Follows an event stream; after a refusal (the browser then stops on its own) it checks the session and tries
  // again a few seconds later, so a restart of the charge point ends in live updates again.
  function follow(url, event, onData) {
    let source = null;
    let retry = null;
    const open = () => {
      retry = null;
      source = new EventSource(url);
      source.onopen = () => setLive(true);
      source.addEventListener(event, e => onData(e.data));
      source.onerror = () => {
        setLive(false);
        if (source.readyState === EventSource.CLOSED && retry === null) {
          retry = setTimeout(async () => {
            const session = await send('GET', '/ui/session');
            if (session.status !== 401) { open(); }
          }, 3000);
        }
      };
    };
    open();
    return () => { clearTimeout(retry); if (source) { source.close(); } };
  }

  const logout = $('logout');
  if (logout) {
    logout.addEventListener('click', async () => {
      await send('POST', '/ui/logout');
      location.assign('/login');
    });
  }

  // Status: each event carries the new #status-body.
  const statusBody = $('status-body');
  if (statusBody) {
    follow('/ui/status/stream', 'status', html => { statusBody.innerHTML = html; });
  }

  // Simulated hardware.
  const simMessage = $('sim-message');
  document.querySelectorAll('button[data-sim]').forEach(button => {
    button.addEventListener('click', async () => {
      const n = button.dataset.connector;
      const base = '/api/sim/connectors/' + encodeURIComponent(n) + '/';
      const action = button.dataset.sim;
      let result;
      if (action === 'fault') {
        result = await send('POST', base + 'fault', { errorCode: $('sim-fault-' + n).value });
      } else if (action === 'clear-fault') {
        result = await send('DELETE', base + 'fault');
      } else {
        result = await send('POST', base + action);
      }
      show(simMessage, result.ok ? button.textContent + ' (connector ' + n + '): done' : errorText(result), result.ok);
    });
  });
  const present = $('sim-present-card');
  if (present) {
    present.addEventListener('click', async () => {
      const body = { idTag: $('sim-idtag').value };
      const connector = $('sim-card-connector').value;
      if (connector !== '') { body.connectorId = Number(connector); }
      const result = await send('POST', '/api/sim/rfid', body);
      show(simMessage, result.ok ? 'card ' + body.idTag + ' presented' : errorText(result), result.ok);
    });
  }

  // Parameters: each one saved on its own, through the same validator as ChangeConfiguration.
  document.querySelectorAll('button.save').forEach(button => {
    button.addEventListener('click', async () => {
      const key = button.dataset.key;
      const input = $('input-' + key);
      const value = input.type === 'checkbox' ? String(input.checked) : input.value;
      const message = $('msg-' + key);
      show(message, 'saving…', true);
      const result = await send('PUT', '/api/config/' + encodeURIComponent(key), { value });
      if (result.ok) {
        show(message, result.data.status, true);
        if (result.data.status === 'RebootRequired') { $('restart-banner').hidden = false; }
        if (input.type === 'password') { input.value = ''; }
      } else {
        show(message, errorText(result), false);
      }
    });
  });
  // Restart: after the answer the page waits for the charge point to be up again, then reloads.
  document.querySelectorAll('button.restart-button').forEach(button => {
    button.addEventListener('click', async () => {
      const message = $('restart-message');
      if (!confirm('Restart the charge point now? Running transactions are stopped.')) { return; }
      document.querySelectorAll('button.restart-button').forEach(b => { b.disabled = true; });
      const result = await send('POST', '/api/restart');
      if (!result.ok) {
        show(message, errorText(result), false);
        document.querySelectorAll('button.restart-button').forEach(b => { b.disabled = false; });
        return;
      }
      show(message, 'Restarting…', true);
      let down = false; // back once /health was seen down and is up again, or is up after 5 s
      for (let i = 0; i < 120; i++) {
        await new Promise(resolve => setTimeout(resolve, 1000));
        const health = await fetch('/health').catch(() => null);
        const up = health !== null && health.ok;
        down = down || !up;
        if (up && (down || i >= 5)) { location.reload(); return; }
      }
      show(message, 'The charge point did not come back within two minutes.', false);
    });
  });

  // OCPP log: new frames appended as they come; the filter applies to the list and the stream.
  const log = $('ocpp-log');
  if (log) {
    const rows = log.tBodies[0];
    const filter = $('log-filter');
    const download = $('log-download');
    const limit = 500;
    const row = frame => {
      const tr = document.createElement('tr');
      tr.className = 'frame dir-' + frame.direction;
      if (frame.action) { tr.dataset.action = frame.action; }
      tr.dataset.direction = frame.direction;
      tr.dataset.seq = frame.seq;
      const t = frame.time.indexOf('T');
      const clock = t < 0 || frame.time.length < t + 13 ? frame.time : frame.time.substring(t + 1, t + 13);
      const cells = [clock, frame.direction === 'out' ? '→ out' : '← in', frame.type || '?', frame.action || ''];
      ['time', 'dir', 'type', 'action'].forEach((name, i) => {
        const td = document.createElement('td');
        td.className = name;
        td.textContent = cells[i];
        if (name === 'time') { td.title = frame.time; }
        tr.appendChild(td);
      });
      const td = document.createElement('td');
      td.className = 'text';
      const code = document.createElement('code');
      code.textContent = frame.text;
      td.appendChild(code);
      tr.appendChild(td);
      return tr;
    };
    // the number of the newest frame shown: the stream resumes after it (and a frame seen twice is skipped)
    const lastSeq = () => {
      const last = rows.rows.length ? rows.rows[rows.rows.length - 1].dataset.seq : null;
      return last ? Number(last) : 0;
    };
    const append = frame => {
      if (frame.seq <= lastSeq()) { return; }
      const atBottom = window.innerHeight + window.scrollY >= document.body.scrollHeight - 40;
      rows.appendChild(row(frame));
      while (rows.rows.length > limit) { rows.deleteRow(0); }
      if (atBottom) { window.scrollTo(0, document.body.scrollHeight); }
    };
    let stop = null;
    const start = action => {
      const query = action ? '?action=' + encodeURIComponent(action) : '';
      if (stop) { stop(); }
      stop = follow('/api/ocpp-log/stream' + (query ? query + '&' : '?') + 'after=' + lastSeq(), 'message',
        data => append(JSON.parse(data)));
      download.href = '/api/ocpp-log.jsonl' + query;
    };
    let debounce = null;
    filter.addEventListener('input', () => {
      clearTimeout(debounce);
      debounce = setTimeout(async () => {
        const action = filter.value.trim();
        if (action !== '' && !filter.checkValidity()) { return; }
        const query = action ? '?action=' + encodeURIComponent(action) : '';
        const result = await send('GET', '/api/ocpp-log' + query);
        if (!result.ok) { return; }
        rows.replaceChildren(...result.data.map(row));
        history.replaceState(null, '', '/ocpp-log' + query);
        start(action);
      }, 300);
    });
    start(filter.value.trim());
  }
})();
