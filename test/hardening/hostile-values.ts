/**
 * Values a server, an admin or an attacker can put where the widget shows text: markup, script,
 * event handlers, URLs, template syntax, Lit's own marker comments, bidi overrides, invisible
 * joiners, enormous strings, emoji sequences, combining marks, right-to-left text and control
 * characters. Every payload that could run script sets `window.__pwned`, which must stay unset.
 *
 * No lone surrogates: they do not survive a round trip through HTTP (UTF-8), so they would test
 * the transport rather than the widget.
 */
export interface HostileValue {
  readonly label: string;
  readonly value: string;
}

const PWN = 'window.__pwned=1';

export const HOSTILE_VALUES: readonly HostileValue[] = [
  { label: 'bold tag', value: '<b>bold</b> and <i>italic</i>' },
  { label: 'script tag', value: `<script>${PWN}</script>` },
  { label: 'img onerror', value: `<img src=x onerror="${PWN}">` },
  { label: 'img onerror, unquoted', value: `<img src=x onerror=${PWN}//` },
  { label: 'svg onload', value: `<svg onload="${PWN}"></svg>` },
  { label: 'attribute breakout to svg', value: `"><svg onload=${PWN}>` },
  { label: 'single-quote breakout to img', value: `'><img src=x onerror=${PWN}>` },
  { label: 'event-handler attributes', value: `" onmouseover="${PWN}" onfocus="${PWN}" autofocus x="` },
  { label: 'div with onclick', value: `<div onclick="${PWN}" style="position:fixed;inset:0">click</div>` },
  { label: 'javascript: URL', value: `javascript:${PWN}` },
  { label: 'anchor with javascript: URL', value: `<a href="javascript:${PWN}">open</a>` },
  { label: 'iframe srcdoc', value: `<iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>` },
  { label: 'body onload', value: `<body onload=${PWN}>` },
  { label: 'details ontoggle', value: `<details open ontoggle=${PWN}><summary>x</summary></details>` },
  { label: 'mutation-XSS style', value: `<math><mtext><table><mglyph><style><img src=x onerror=${PWN}>` },
  { label: 'style injection', value: '</style><style>:host{display:none}*{color:red}</style>' },
  { label: 'template element', value: `<template><script>${PWN}</script></template>` },
  { label: 'template literal', value: '${window.__pwned=1}' },
  { label: 'nested template literal', value: '`${`${alert(document.domain)}`}`' },
  { label: 'curly template', value: "{{constructor.constructor('window.__pwned=1')()}}" },
  { label: 'Lit marker comment', value: '<!--?lit$123$-->' },
  { label: 'Lit marker look-alikes', value: 'lit$123$ <?lit$456$> <!--?lit$7890123$-->x<!---->' },
  { label: 'HTML comment', value: '<!-- hidden --> visible -->' },
  { label: 'entities', value: '&lt;b&gt;not bold&lt;/b&gt; &amp; &#60;script&#62; &quot;' },
  { label: 'percent-encoded script', value: '%3Cscript%3Ewindow.__pwned%3D1%3C%2Fscript%3E' },
  { label: 'CDATA', value: `<![CDATA[<script>${PWN}</script>]]>` },
  { label: 'right-to-left override', value: 'invoice\u202Efdp.exe\u202C done' },
  { label: 'bidi isolates', value: '\u2066left\u2069 \u2067\u05D9\u05DE\u05D9\u05DF\u2069 \u2068first\u2069' },
  { label: 'bidi embeddings unclosed', value: '\u202B\u202Dunterminated embedding' },
  { label: 'zero-width characters', value: 'zero\u200Bwidth\u200Cnon\u200Djoiner\u2060word\uFEFFjoiner' },
  { label: '10,000 characters, no spaces', value: 'W'.repeat(10_000) },
  { label: '10,000 characters with spaces', value: 'word '.repeat(1_999) + 'last!' },
  { label: 'emoji with skin tones and ZWJ', value: '👩🏽‍💻 Ada 👨‍👩‍👧‍👦 🧑🏿‍🤝‍🧑🏻 🏳️‍🌈 👍🏾' },
  { label: 'flags and keycaps', value: '🇩🇪🇨🇳🇷🇺 1️⃣#️⃣ 🫠' },
  {
    label: 'Zalgo combining marks',
    value:
      'Z\u0337\u0322\u031B\u032A\u0353a\u0336\u0321\u0353\u0359l\u0335\u0328\u031Bg\u0338\u0322\u031B\u0347o\u0335\u035A\u030A\u0300\u0301\u0302\u0303\u0304\u0305\u0306\u0307\u0308\u0309',
  },
  { label: 'Arabic right-to-left', value: 'مرحبا بالعالم محمد' },
  { label: 'Hebrew with numbers', value: 'שלום 123 עולם' },
  { label: 'mixed-direction text', value: 'Ada لوفليس (admin) שלום' },
  { label: 'NUL and control characters', value: 'nul\u0000bell\u0007esc\u001B[31mred\u001B[0m\u007F' },
  { label: 'line and paragraph separators', value: 'one\u2028two\u2029three' },
  { label: 'newlines and tabs', value: 'line one\nline two\r\n\tindented' },
  { label: 'prototype keys', value: '__proto__ constructor toString hasOwnProperty' },
  { label: 'SQL injection', value: "Robert'); DROP TABLE users;--" },
  { label: 'CSS expression', value: 'x" style="background:url(javascript:window.__pwned=1)' },
  {
    label: 'very long email-like',
    value: `${'a'.repeat(64)}@${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(57)}.com`,
  },
  { label: 'quoted local part with markup', value: `"<img src=x onerror=${PWN}>"@example.com` },
  { label: 'unicode email', value: 'δοκιμή+😀@παράδειγμα.δοκιμή' },
];

/** A harmless value of the same kind, for comparing what the widget renders around the data. */
export function controlValue(index: number): string {
  return `Control value ${index}`;
}

/** How `displayName()` names a user in sentences and accessible names: the trimmed name, else the email. */
export function shownName(name: string | null, email: string): string {
  return name?.trim() || email;
}
