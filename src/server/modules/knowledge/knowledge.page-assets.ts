/**
 * The only style and the only script of the server-rendered knowledge-base
 * pages, both inline so a page is one request. The Content-Security-Policy
 * names each by its SHA-256, so nothing else inline can run or apply.
 */
import { createHash } from 'node:crypto';

/** The portal's colours (src/web/app/theme.ts): steppe-teal 7 for links and buttons, the sun gold only for accents. */
export const pageStyle = `
:root{--teal:#12657a;--teal-dark:#073f4e;--tint:#e6f4f7;--sun:#e6b000;--text:#1b1f23;--dim:#495057;--line:#ced4da;--error:#c92a2a;--ok:#06664a}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;font:1rem/1.6 Inter,"Segoe UI",Roboto,"Noto Sans","Helvetica Neue",Arial,sans-serif;color:var(--text);background:#fff;overflow-wrap:anywhere}
a{color:var(--teal);text-decoration:underline}
a:hover{color:var(--teal-dark)}
:focus-visible{outline:3px solid var(--teal);outline-offset:2px}
.kb-wrap{max-width:46rem;margin:0 auto;padding:0 1rem}
.kb-skip{position:absolute;left:-999px;top:0;background:#fff;padding:.5rem 1rem}
.kb-skip:focus{left:0;z-index:1}
.kb-header{background:var(--teal);color:#fff;border-bottom:4px solid var(--sun)}
.kb-header .kb-wrap{display:flex;flex-wrap:wrap;gap:.25rem 1.5rem;align-items:center;justify-content:space-between;padding-top:.6rem;padding-bottom:.6rem}
.kb-header a{color:#fff}
.kb-header a:focus-visible{outline-color:#fff}
.kb-site{font-weight:700;font-size:1.1rem;text-decoration:none}
.kb-header ul{display:flex;flex-wrap:wrap;gap:.25rem 1rem;margin:0;padding:0;list-style:none}
main{display:block;padding-top:1rem;padding-bottom:2rem}
main:focus{outline:none}
h1{font-size:1.75rem;line-height:1.25;margin:.5rem 0 1rem}
h2{font-size:1.3rem;line-height:1.3;margin:2rem 0 .75rem}
h3{font-size:1.1rem;margin:1.5rem 0 .5rem}
.kb-crumbs ol{display:flex;flex-wrap:wrap;gap:.25rem;margin:0;padding:0;list-style:none;font-size:.9rem;color:var(--dim)}
.kb-crumbs li+li::before{content:"/";margin-right:.25rem}
.kb-summary{font-size:1.1rem;color:var(--dim)}
.kb-notice{border-left:4px solid var(--sun);background:#fff9e0;padding:.75rem 1rem;margin:1rem 0}
.kb-notice.kb-outdated{border-color:var(--teal);background:var(--tint)}
.kb-body table{border-collapse:collapse;display:block;overflow-x:auto}
.kb-body th,.kb-body td{border:1px solid var(--line);padding:.35rem .5rem;text-align:left}
.kb-body img{max-width:100%;height:auto}
.kb-body pre{overflow-x:auto;background:#f1f3f5;padding:.75rem}
.kb-body blockquote{margin:1rem 0;padding-left:1rem;border-left:4px solid var(--line)}
.kb-video a{display:flex;align-items:center;justify-content:center;min-height:12rem;background:var(--teal-dark);color:#fff;font-weight:600;text-align:center;padding:1rem;border-radius:8px}
.kb-video a::before{content:"\\25B6";font-size:2rem;margin-right:.75rem}
.kb-video iframe{width:100%;aspect-ratio:16/9;border:0}
.kb-meta{color:var(--dim);font-size:.95rem;padding:0;list-style:none}
.kb-langs ul,.kb-toc{padding:0;list-style:none}
.kb-langs li{display:inline-block;margin-right:1rem}
.kb-toc li{margin:.75rem 0}
.kb-toc p{margin:.15rem 0 0;color:var(--dim)}
.kb-count{color:var(--dim);margin-top:-.5rem}
.kb-feedback{border-top:1px solid var(--line);margin-top:2rem}
fieldset{border:0;margin:0 0 1rem;padding:0;display:flex;flex-wrap:wrap;gap:.5rem 1.5rem}
fieldset label{display:inline-flex;align-items:center;gap:.4rem;min-height:44px}
input[type=radio]{width:1.2rem;height:1.2rem;accent-color:var(--teal)}
.kb-field{display:block;font-weight:600;margin-bottom:.25rem}
textarea{display:block;width:100%;font:inherit;padding:.5rem;border:1px solid #868e96;border-radius:6px}
.kb-hint{color:var(--dim);font-size:.9rem;margin:.25rem 0 1rem}
button{font:inherit;font-weight:600;color:#fff;background:var(--teal);border:0;border-radius:6px;padding:.6rem 1.4rem;min-height:44px;cursor:pointer}
button:hover{background:var(--teal-dark)}
.kb-error{color:var(--error);font-weight:600}
.kb-thanks{color:var(--ok);font-weight:600}
footer{border-top:1px solid var(--line);color:var(--dim);font-size:.9rem;padding:1rem 0 2rem}
@media (min-width:48rem){h1{font-size:2.1rem}}
@media print{
.kb-header,.kb-skip,footer,form,.kb-feedback,.kb-langs{display:none}
body{font-size:11pt;color:#000}
a{color:#000}
main a[href]::after{content:" (" attr(href) ")";font-size:90%;word-break:break-all}
main .kb-crumbs a[href]::after{content:none}
.kb-notice{border:1px solid #000;background:none}
.kb-video a{min-height:0;background:none;color:#000;display:block;padding:0}
.kb-video a::before{content:none}
h1,h2,h3{break-after:avoid}
}
`.trim();

/**
 * A video placeholder is a plain link to the player without JavaScript; with
 * it, a click swaps the placeholder for the privacy-enhanced player. The
 * frame sends the page's origin as referrer because YouTube refuses to play
 * embeds that arrive without one.
 */
export const videoScript = `document.addEventListener('click',function(e){var a=e.target.closest&&e.target.closest('.kb-video a');if(!a)return;e.preventDefault();var f=document.createElement('iframe');f.src=a.href+'?autoplay=1';f.title=a.textContent;f.allow='autoplay; fullscreen; picture-in-picture';f.allowFullscreen=true;f.referrerPolicy='strict-origin-when-cross-origin';a.parentNode.replaceChild(f,a);f.focus()});`;

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * Stricter than the portal's policy: nothing loads but this page's own
 * style, its one script and the site's images; frames only from the two
 * video players; forms post only back here.
 */
export const pagePolicy = [
  "default-src 'none'",
  `script-src ${sha256(videoScript)}`,
  `style-src ${sha256(pageStyle)}`,
  "img-src 'self'",
  'frame-src https://www.youtube-nocookie.com https://player.vimeo.com',
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');
