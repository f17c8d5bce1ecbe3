import { initAll } from '/webjars/govuk-frontend/5.14.0/dist/govuk/govuk-frontend.min.js';
// The child's own space: "Read this to me" (the browser's speech, nothing sent anywhere) and a simple mode (bigger
// words, fewer of them), remembered on this device.
const read = document.querySelector('.hearth-read-aloud');
const simple = document.querySelector('.hearth-simple-mode');
if (read && 'speechSynthesis' in window) {
  read.hidden = false;
  read.addEventListener('click', () => {
    if (window.speechSynthesis.speaking) {
      window.speechSynthesis.cancel();
      return;
    }
    const main = document.getElementById('main-content').cloneNode(true);
    main.querySelectorAll('.hearth-me-tools, [aria-hidden="true"], input[type="hidden"]').forEach((e) => e.remove());
    const text = main.innerText.replace(/\s+/g, ' ').trim();
    const say = new SpeechSynthesisUtterance(text);
    say.lang = 'en-GB';
    say.rate = 0.9;
    window.speechSynthesis.speak(say);
  });
}
if (simple) {
  simple.hidden = false;
  const apply = (on) => {
    document.body.classList.toggle('hearth-simple', on);
    simple.setAttribute('aria-pressed', on ? 'true' : 'false');
  };
  apply(localStorage.getItem('hearth-simple') === 'on');
  simple.addEventListener('click', () => {
    const on = !document.body.classList.contains('hearth-simple');
    localStorage.setItem('hearth-simple', on ? 'on' : 'off');
    apply(on);
  });
}
// GOV.UK Frontend's components (error summary focus, radios)
initAll();
