// Hearth's browser behaviour: start GOV.UK and MOJ components, warn before the session times out, and keep drafts
// of long forms as the user types so that a timeout or a closed tab never loses work.
import { initAll } from '/webjars/govuk-frontend/5.14.0/dist/govuk/govuk-frontend.min.js';

document.body.classList.add('js-enabled', 'govuk-frontend-supported');
initAll();

// After a save the success banner takes focus, so a screen reader says what was saved and the keyboard starts
// there: once the page has loaded (a saved-record address ends in #chronology, and the browser scrolls to it).
window.addEventListener('load', () => {
  const banner = document.querySelector('.govuk-notification-banner--success[role="alert"]');
  if (banner) {
    banner.setAttribute('tabindex', '-1');
    banner.focus();
  }
});

// Session timeout warning, two minutes before the server would sign the user out.
const minutes = Number(document.querySelector('meta[name="session-minutes"]')?.content || 0);
const warning = document.getElementById('timeout-warning');
if (minutes > 2 && warning && document.querySelector('.hearth-header__user')) {
  let timer;
  const arm = () => {
    clearTimeout(timer);
    warning.hidden = true;
    timer = setTimeout(() => { warning.hidden = false; document.getElementById('timeout-stay').focus(); },
      (minutes - 2) * 60 * 1000);
  };
  document.getElementById('timeout-stay').addEventListener('click', () => fetch('/keep-alive').then(arm));
  arm();
}

// Drafts: any form marked data-draft saves its fields to the server a moment after each change. Sending the form
// itself ends the drafting: a draft saved after the form's own save (a keystroke's timer firing while the page is
// still waiting, or a draft request still on its way) would bring back the draft that save cleared, and the part
// would show "In progress" again. So the timer is cancelled, and a draft request on its way is let land first.
for (const form of document.querySelectorAll('form[data-draft]')) {
  const status = form.querySelector('.hearth-draft-status');
  const csrf = form.querySelector('input[name="_csrf"]').value;
  let pending;
  let onItsWay = null;
  let sent = false;
  const save = () => {
    const fields = Object.fromEntries(new FormData(form).entries());
    delete fields._csrf;
    delete fields.formToken;
    onItsWay = fetch(form.dataset.draft, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-CSRF-TOKEN': csrf },
      body: JSON.stringify(fields)
    }).then(r => { if (status && r.ok) status.textContent = 'Draft saved at ' + new Date().toLocaleTimeString('en-GB'); })
      .catch(() => {})
      .finally(() => { onItsWay = null; });
  };
  form.addEventListener('input', () => {
    if (sent) return;
    clearTimeout(pending);
    pending = setTimeout(save, 800);
  });
  form.addEventListener('submit', (event) => {
    clearTimeout(pending);
    sent = true;
    if (onItsWay) {
      event.preventDefault();
      const by = event.submitter;
      onItsWay.then(() => form.requestSubmit(by));
    }
  });
  // A page shown again from the browser's history is being worked on again.
  window.addEventListener('pageshow', (event) => { if (event.persisted) sent = false; });
}

// Print buttons need script, so they appear only when it runs.
for (const button of document.querySelectorAll('[data-hearth-print]')) {
  button.hidden = false;
  button.addEventListener('click', () => window.print());
}

// A page still at work (a return being made) reloads itself every few seconds; without JavaScript it has a link.
const refresh = document.querySelector('[data-hearth-refresh]');
if (refresh) {
  setTimeout(() => window.location.reload(), 1000 * Number(refresh.dataset.hearthRefresh || 2));
}

// A question revealed by a radio answer ("Was the child seen? No" asks why): shown while that answer is chosen.
document.querySelectorAll('input[type="radio"][data-hearth-reveals]').forEach((radio) => {
  const reveal = document.getElementById(radio.dataset.hearthReveals);
  if (!reveal) return;
  const sync = () => { reveal.hidden = !radio.checked; };
  document.querySelectorAll(`input[type="radio"][name="${radio.name}"]`).forEach((r) => r.addEventListener('change', sync));
  sync();
});
