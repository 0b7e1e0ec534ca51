// copydesk review: keyboard shortcuts. An element with data-key="k" is
// activated by the key k (a link is followed, a button clicked, a text box
// focused) unless the reader is typing in a field. In a text box,
// Ctrl+Enter (or Cmd+Enter) sends its form and Esc leaves it.
(function () {
  "use strict";
  document.addEventListener("keydown", function (e) {
    var t = e.target;
    var typing = t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName));
    if (typing) {
      if (e.key === "Escape") { t.blur(); }
      if (e.key === "Enter" && (e.ctrlKey || e.metaKey) && t.form) {
        e.preventDefault();
        if (t.form.reportValidity()) { t.form.requestSubmit(); }
      }
      return;
    }
    if (e.ctrlKey || e.metaKey || e.altKey || e.key.length !== 1) { return; }
    var el = document.querySelector('[data-key="' + e.key.replace(/["\\]/g, "") + '"]');
    if (!el) { return; }
    e.preventDefault();
    if (el.tagName === "A") { window.location.assign(el.href); }
    else if (el.tagName === "TEXTAREA" || el.tagName === "INPUT") { el.focus(); }
    else if (!el.disabled) { el.click(); }
  });
})();
