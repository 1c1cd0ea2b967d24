import assert from 'node:assert/strict';
import { test } from 'node:test';
import { articlePlainText, renderArticleHtml, videoOf } from './markdown';

const payloads = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<a href="javascript:alert(1)">x</a>',
  '[click](javascript:alert(1))',
  '[click](JaVaScRiPt:alert(1))',
  '[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '<svg onload=alert(1)>',
  '<iframe src="https://evil.example"></iframe>',
  '![x](https://evil.example/pixel.png)',
  '<div style="background:url(javascript:alert(1))">x</div>',
  '[x](vbscript:msgbox(1))',
  '<a href="#" onclick="alert(1)">x</a>',
  '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
];

test('the usual XSS payloads come out harmless', () => {
  for (const payload of payloads) {
    const html = renderArticleHtml(`Мәтін.\n\n${payload}\n`);
    // Escaped, a payload may stay as text; no tag, handler, style or dangerous address may remain.
    assert.doesNotMatch(html, /<(script|iframe|svg|math|object|embed)\b/iu, `${payload} → ${html}`);
    assert.doesNotMatch(html, /<[^>]*\s(on\w+|style)\s*=/iu, `${payload} → ${html}`);
    assert.doesNotMatch(html, /<[^>]*\s(href|src)\s*=\s*"?\s*(javascript|vbscript|data):/iu, `${payload} → ${html}`);
    assert.doesNotMatch(html, /evil\.example\/pixel/u, 'images only from the article\'s attachments');
  }
});

test('Markdown renders: headings from h2, lists, tables, external links open apart', () => {
  const html = renderArticleHtml('# Басы\n\n## Құжаттар\n\n- төлқұжат\n- **өтініш**\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n[egov](https://egov.kz/cms/kk)');
  assert.match(html, /<h2>Басы<\/h2>/u);
  assert.match(html, /<li><strong>өтініш<\/strong><\/li>/u);
  assert.match(html, /<table>/u);
  assert.match(html, /<a href="https:\/\/egov.kz\/cms\/kk" rel="noopener noreferrer nofollow" target="_blank">egov<\/a>/u);
  assert.match(renderArticleHtml('![схема](/api/v1/kb/attachments/0b6b7a5c-2f5e-4a7d-9c57-7a0c3b9a1f10)'), /<img src="\/api\/v1\/kb\/attachments\/[^"]+" alt="схема" loading="lazy" \/>/u);
});

test('a video link alone on a line becomes a placeholder that loads nothing from the host', () => {
  assert.deepEqual(videoOf('https://www.youtube.com/watch?v=dQw4w9WgXcQ'), { provider: 'youtube', id: 'dQw4w9WgXcQ' });
  assert.deepEqual(videoOf(' https://vimeo.com/76979871 '), { provider: 'vimeo', id: '76979871' });
  assert.equal(videoOf('see https://youtu.be/dQw4w9WgXcQ here'), null);
  const html = renderArticleHtml('Видео:\n\nhttps://youtu.be/dQw4w9WgXcQ\n\nСоңы.', 'Бейнені көру');
  assert.match(html, /<div class="kb-video" data-video-provider="youtube" data-video-id="dQw4w9WgXcQ"><a href="https:\/\/www.youtube-nocookie.com\/embed\/dQw4w9WgXcQ"[^>]*><span class="kb-video-label">Бейнені көру<\/span><\/a><\/div>/u);
  assert.doesNotMatch(html, /<iframe|<img/u, 'no request to the host before a click');
});

test('plain text keeps the words and drops the markup', () => {
  assert.equal(articlePlainText('## Құжаттар\n\n- төлқұжат\n- **өтініш** & <анықтама>'), 'Құжаттар төлқұжат өтініш & <анықтама>');
  assert.equal(
    articlePlainText('1. [egov](https://egov.kz) арқылы\n> *Бұл – үлгі мәтін.*\n\n| Құжат | Мерзім |\n|---|---|\n| ЖСН | 1 күн |\n\n![схема](/api/v1/kb/attachments/x) snake_case_word'),
    'egov арқылы Бұл – үлгі мәтін. Құжат Мерзім ЖСН 1 күн схема snake_case_word',
  );
});
