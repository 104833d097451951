/**
 * Script-injection vectors in the style of the OWASP XSS filter-evasion cheat sheet. Each one,
 * if it ever ran, would call window.__xss(n); the tests assert it never does.
 */
const call = (n: number) => `window.__xss(${n})`;

const templates: ((c: string) => string)[] = [
  (c) => `<script>${c}</script>`,
  (c) => `<SCRIPT SRC=javascript:${c}></SCRIPT>`,
  (c) => `<img src=x onerror=${c}>`,
  (c) => `<IMG SRC="javascript:${c};">`,
  (c) => `<IMG SRC=JaVaScRiPt:${c}>`,
  (c) => `<IMG """><SCRIPT>${c}</SCRIPT>">`,
  (c) =>
    `<img src=x onerror="&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058${c}">`,
  (c) => `<svg onload=${c}>`,
  (c) => `<svg><script>${c}</script></svg>`,
  (c) => `"><svg/onload=${c}>`,
  (c) => `'><img src=x onerror=${c}>`,
  (c) => `</title><script>${c}</script>`,
  (c) => `</textarea><script>${c}</script>`,
  (c) => `<body onload=${c}>`,
  (c) => `<iframe src="javascript:${c}"></iframe>`,
  (c) => `<iframe srcdoc="<script>parent.${c}</script>"></iframe>`,
  (c) => `<a href="javascript:${c}">x</a>`,
  (c) => `<a href="jav&#x09;ascript:${c}">x</a>`,
  (c) => `<details open ontoggle=${c}>`,
  (c) => `<input autofocus onfocus=${c}>`,
  (c) => `<select autofocus onfocus=${c}>`,
  (c) => `<video><source onerror=${c}></video>`,
  (c) => `<audio src=x onerror=${c}>`,
  (c) => `<object data="javascript:${c}"></object>`,
  (c) => `<embed src="javascript:${c}">`,
  (c) =>
    `<math><mtext></mtext><mglyph><svg><mtext><style><img src=x onerror=${c}></style></mtext></svg></mglyph></math>`,
  (c) => `<style>@import 'javascript:${c}';</style>`,
  (c) => `<div style="background:url(javascript:${c})">`,
  (c) => `<meta http-equiv="refresh" content="0;url=javascript:${c}">`,
  (c) => `<form action="javascript:${c}"><button>x</button></form>`,
  (c) => `<isindex action="javascript:${c}" type=image>`,
  (c) => `<marquee onstart=${c}>x</marquee>`,
  (c) => `<base href="javascript:${c}//">`,
  (c) => `<link rel=import href="data:text/html,<script>${c}</script>">`,
  (c) => `"-${c}-"`,
  (c) => `';${c};//`,
  (c) => `\\";${c};//`,
  (c) => `{{constructor.constructor('${c}')()}}`,
  (c) => `\${${c}}`,
  (c) => `javascript:${c}`,
  (c) => `data:text/html;base64,${typeof btoa === 'function' ? btoa(`<script>${c}</script>`) : ''}`,
  (c) => `<scr<script>ipt>${c}</scr</script>ipt>`,
  (c) => `%3Cscript%3E${c}%3C/script%3E`,
  (c) => `&lt;script&gt;${c}&lt;/script&gt;`,
  (c) => `<img src="x` + '\u0000' + `" onerror=${c}>`,
  (c) => `<img src=x onerror=${c.replace(/[()]/g, '`')}>`,
  (c) => `<svg><animate onbegin=${c} attributeName=x dur=1s>`,
  (c) => `<x contenteditable onblur=${c}>lose focus!</x>`,
  (c) => `<table background="javascript:${c}">`,
  (c) => `<!--<img src="--><img src=x onerror=${c}//">`,
  (c) => `<noscript><p title="</noscript><img src=x onerror=${c}>">`,
  (c) => `<template><img src=x onerror=${c}></template>`,
  (c) => `<xmp><p title="</xmp><svg/onload=${c}>">`
];

/** At least 100 vectors: each template with two payload spellings. */
export const XSS_VECTORS: string[] = templates.flatMap((t, i) => [
  t(call(2 * i)),
  t(`top['__xss'](${2 * i + 1})`)
]);
