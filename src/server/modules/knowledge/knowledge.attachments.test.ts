import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestApp, type TestApp } from '../../platform/testing';
import { seedKnowledgeBase } from './knowledge.seed';

/** The smallest valid PNG (1×1, transparent) and a PDF header: real signatures for the type check. */
const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

describe('knowledge-base attachments', () => {
  let t: TestApp;
  let articleId: string;
  before(async () => {
    t = await createTestApp();
    await seedKnowledgeBase(t.database.db);
    const editor = await t.signedIn('admin');
    articleId = (await editor.client.get('/api/v1/kb/admin/articles')).body.items[0].id;
  });
  after(async () => t.close());

  it('takes an image and a PDF by what their bytes are, serves them, and gives the Markdown to paste', async () => {
    const editor = await t.signedIn('media');
    const image = await editor.client.post(`/api/v1/kb/admin/articles/${articleId}/attachments`, { fileName: 'инфографика.png', contentBase64: png.toString('base64') });
    assert.equal(image.status, 201, image.text);
    assert.deepEqual([image.body.contentType, image.body.size], ['image/png', png.length]);
    assert.equal(image.body.markdown, `![инфографика.png](/api/v1/kb/attachments/${image.body.id})`);
    const doc = await editor.client.post(`/api/v1/kb/admin/articles/${articleId}/attachments`, { fileName: 'guide.pdf', contentBase64: pdf.toString('base64') });
    assert.equal(doc.body.markdown, `[guide.pdf](/api/v1/kb/attachments/${doc.body.id})`);

    const served = await t.client().get(image.body.url);
    assert.equal(served.status, 200);
    assert.equal(served.headers.get('content-type'), 'image/png');
    assert.equal(served.headers.get('x-content-type-options'), 'nosniff');
    const listed = await editor.client.get(`/api/v1/kb/admin/articles/${articleId}/attachments`);
    assert.deepEqual(listed.body.items.map((a: { fileName: string }) => a.fileName).sort(), ['guide.pdf', 'инфографика.png']);

    // The article text may show it: the sanitiser keeps images from this address only.
    const preview = await editor.client.post('/api/v1/kb/admin/preview', { body: image.body.markdown });
    assert.match(preview.body.html, new RegExp(`<img src="/api/v1/kb/attachments/${image.body.id}"`, 'u'));

    assert.equal((await editor.client.request('DELETE', `/api/v1/kb/admin/attachments/${image.body.id}`)).status, 204);
    assert.equal((await t.client().get(image.body.url)).status, 404);
  });

  it('refuses a file whose bytes are not an accepted type, whatever its name says, and one over the limit', async () => {
    const editor = await t.signedIn('admin');
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"></svg>');
    const renamed = await editor.client.post(`/api/v1/kb/admin/articles/${articleId}/attachments`, { fileName: 'photo.png', contentBase64: svg.toString('base64') });
    assert.deepEqual([renamed.status, renamed.body.error.code, renamed.body.error.details[0].code], [422, 'validation_failed', 'attachment_type_not_allowed']);
    assert.ok(renamed.body.error.details[0].message.length > 0, 'a translated message per file');
    const exe = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 1)]);
    assert.equal((await editor.client.post(`/api/v1/kb/admin/articles/${articleId}/attachments`, { fileName: 'x.pdf', contentBase64: exe.toString('base64') })).status, 422);
    const big = Buffer.concat([png, Buffer.alloc(10 * 1024 * 1024)]);
    const tooBig = await editor.client.post(`/api/v1/kb/admin/articles/${articleId}/attachments`, { fileName: 'big.png', contentBase64: big.toString('base64') });
    assert.deepEqual([tooBig.status, tooBig.body.error.details[0].code], [422, 'attachment_too_large']);
    const reader = await t.signedIn('analyst');
    assert.equal((await reader.client.post(`/api/v1/kb/admin/articles/${articleId}/attachments`, { fileName: 'a.png', contentBase64: png.toString('base64') })).status, 403);
  });
});
