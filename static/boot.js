// Applies the stored theme and interface language before the first paint, so a reload never
// flashes the wrong colours. Keys match src/lib/state/preferences.svelte.ts. An external file
// (not inline) because the Content-Security-Policy allows scripts from this origin only.
(function () {
  var root = document.documentElement;
  try {
    var theme = localStorage.getItem('lesequiz.theme');
    if (theme === 'light' || theme === 'dark') root.setAttribute('data-theme', theme);
    if (localStorage.getItem('lesequiz.locale') === 'en') {
      root.lang = 'en';
      // Prerendered pages are German: hide them until the app has switched to English.
      root.classList.add('locale-pending');
      setTimeout(function () {
        root.classList.remove('locale-pending');
      }, 1500);
    }
  } catch {
    // Storage blocked: defaults apply.
  }
})();
