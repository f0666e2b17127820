// Opens the service's Swagger UI in headless Chromium and, for every GET operation of the served
// contract, clicks "Try it out" and "Execute" with the defaults the contract puts in the form.
// Fails (exit 1) when an operation is missing from the page, answers non-2xx, or a list shows fewer
// items than expected (a pre-filled filter shrinks it).
//
// usage: node swagger-ui.mjs <baseUrl> [<minimum items per operationId, as JSON>]
// env:   CHROMIUM_PATH (default /usr/bin/chromium, Debian's package `chromium`)
//        SWAGGER_UI_BEARER: a token entered through "Authorize" for operations that need one
import { chromium } from 'playwright-core';

const [baseUrl, minItemsJson = '{}'] = process.argv.slice(2);
if (!baseUrl) {
  console.error('usage: node swagger-ui.mjs <baseUrl> [<minItems JSON>]');
  process.exit(2);
}
const base = baseUrl.replace(/\/$/, '');
const minItems = JSON.parse(minItemsJson);
const bearer = process.env.SWAGGER_UI_BEARER;
const ACTION_TIMEOUT_MS = 20_000;
const LOAD_TIMEOUT_MS = 30_000; // Swagger UI's bundle and the whole contract, on a busy machine
const started = Date.now();

const contract = await (await fetch(`${base}/q/openapi?format=json`)).json();
const gets = Object.entries(contract.paths)
  .filter(([, item]) => item.get)
  .map(([path, item]) => ({ path, operationId: item.get.operationId }));

// Counts what a response body lists, so a filtered-down list is told from a full one.
function countItems(contentType, body) {
  if (contentType.includes('json') && !contentType.includes('ndjson')) {
    const json = JSON.parse(body);
    return Array.isArray(json.items) ? json.items.length : undefined;
  }
  if (contentType.includes('ndjson')) return body.split('\n').filter((l) => l.trim()).length;
  if (contentType.includes('csv')) return body.split('\n').filter((l) => l.trim()).length - 1;
  if (contentType.includes('atom')) return (body.match(/<entry[\s>]/g) ?? []).length;
  if (contentType.includes('xml')) return (body.match(/<iati-activity[\s>]/g) ?? []).length;
  return undefined;
}

async function authorize(page, token) {
  await page.locator('.auth-wrapper button.authorize').click();
  const bearerForm = page.locator('.modal-ux .auth-container').filter({ hasText: /bearer/i }).first();
  await bearerForm.locator('input').first().fill(token);
  await bearerForm.locator('button.authorize').click();
  await page.locator('.modal-ux button.btn-done').first().click();
}

// Try it out, Execute, and judge what the response panel shows; returns a failure or nothing.
async function tryItOut(page, block, operationId) {
  await block.locator('.opblock-summary').first().click();
  await block.locator('button.try-out__btn').click();
  const sent = page.waitForResponse(
    (r) => r.request().method() === 'GET' && !new URL(r.url()).pathname.startsWith('/q/'));
  await block.locator('button.execute').click();
  let response;
  try {
    response = await sent;
  } catch {
    const invalid = await block.locator('.parameters .invalid').count();
    return `${operationId}: Execute sent no request`
      + (invalid ? ` (${invalid} parameter field(s) marked invalid: a required one has no default)` : '');
  }
  const [shownText, requestUrl, body] = await Promise.all([
    block.locator('.live-responses-table tr.response .response-col_status').first().innerText(),
    block.locator('.request-url pre').first().innerText(),
    response.text()]);
  const shown = Number(shownText.match(/\d{3}/)?.[0]);
  const count = countItems(response.headers()['content-type'] ?? '', body);
  const url = requestUrl.trim();
  console.log(`${shown} ${operationId} GET ${url}${count === undefined ? '' : ` (${count} items)`}`);
  if (shown !== response.status()) {
    return `${operationId}: the UI shows ${shown} but the service answered ${response.status()}`;
  }
  if (shown < 200 || shown > 299) return `${operationId} (GET ${url}): ${shown} ${body.slice(0, 300)}`;
  if (minItems[operationId] !== undefined && !(count >= minItems[operationId])) {
    return `${operationId} (GET ${url}): ${count} items, expected at least ${minItems[operationId]}; `
      + 'does a pre-filled parameter filter the list?';
  }
  return undefined;
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  headless: true,
  args: ['--disable-gpu', '--disable-dev-shm-usage', '--disable-extensions'],
});
const failures = [];
try {
  const page = await browser.newPage();
  page.setDefaultTimeout(ACTION_TIMEOUT_MS);
  await page.goto(`${base}/q/swagger-ui/`, { timeout: LOAD_TIMEOUT_MS });
  await page.locator('.opblock').first().waitFor({ timeout: LOAD_TIMEOUT_MS });
  if (bearer) await authorize(page, bearer);

  for (const { path, operationId } of gets) {
    const block = page.locator(`.opblock-get[id$="-${operationId}"]`).first();
    if ((await block.count()) === 0) {
      failures.push(`${operationId} (GET ${path}): not shown in Swagger UI`);
      continue;
    }
    try {
      const failure = await tryItOut(page, block, operationId);
      if (failure) failures.push(failure);
      await block.locator('.opblock-summary').first().click(); // collapse: the page stays small and fast
    } catch (e) {
      failures.push(`${operationId} (GET ${path}): ${e.message.split('\n')[0]}`);
    }
  }
  for (const operationId of Object.keys(minItems)) {
    if (!gets.some((g) => g.operationId === operationId)) {
      failures.push(`${operationId}: expected in the contract, but it has no such GET operation`);
    }
  }
} finally {
  await browser.close();
}

console.log(`${gets.length} GET operations tried in ${Math.round((Date.now() - started) / 1000)} s, ${failures.length} failed`);
if (failures.length) {
  for (const f of failures) console.error(`FAIL ${f}`);
  process.exit(1);
}
