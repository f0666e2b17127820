// The TypeScript client that openapi-generator 7.25.0 (typescript-fetch) makes from
// openapi/openapi.yaml, used as a consumer would against the running service
// (GeneratedTypeScriptClientTest compiles and runs it).
//
// usage: node generated-client.js <baseUrl>   env: EDITOR_TOKEN (a JWT with the role editor)
import { strict as assert } from 'node:assert';
import { Configuration, ProjectsApi, ResponseError, ProblemFromJSON } from '../../../target/generated-test-sources/openapi-typescript';

const [baseUrl] = process.argv.slice(2);
const basePath = baseUrl.replace(/\/$/, '');
const anonymous = new ProjectsApi(new Configuration({ basePath }));
const editor = new ProjectsApi(new Configuration({ basePath, accessToken: process.env.EDITOR_TOKEN }));

async function failure(call: Promise<unknown>): Promise<Response> {
  try {
    await call;
  } catch (e) {
    if (e instanceof ResponseError) return e.response;
    throw e;
  }
  throw new assert.AssertionError({ message: 'expected an error response' });
}

async function pagesThroughAllProjectsThreeAtATime() {
  const ids: string[] = [];
  let cursor: string | undefined;
  let total = 0;
  let pages = 0;
  do {
    const page = await anonymous.listProjects({ limit: 3, cursor });
    assert.ok(page.items.length <= 3);
    ids.push(...page.items.map((p) => p.id));
    total = page.page.totalItems;
    cursor = page.page.nextCursor ?? undefined;
    pages++;
  } while (cursor && pages < 100);
  assert.ok(total >= 10, `the seed has 10 projects, the list says ${total}`);
  assert.equal(ids.length, total, `every project once: ${ids}`);
  assert.equal(new Set(ids).size, ids.length, `no project twice: ${ids}`);
  assert.equal(pages, Math.ceil(total / 3));
}

async function readsOneProjectAndRevalidatesItWithItsETag() {
  const read = await anonymous.getProjectRaw({ id: 'score-phase-3-china' });
  assert.equal(read.raw.status, 200);
  assert.equal((await read.value()).id, 'score-phase-3-china');
  const etag = read.raw.headers.get('ETag');
  assert.ok(etag, 'an ETag');
  // typescript-fetch rejects every non-2xx, a 304 too, with a ResponseError carrying the response
  const notModified = await failure(anonymous.getProjectRaw({ id: 'score-phase-3-china', ifNoneMatch: etag }));
  assert.equal(notModified.status, 304);
  assert.equal(notModified.headers.get('ETag'), etag);
}

async function readsTheFieldErrorsOfA400() {
  const invalid = await failure(anonymous.listProjects({ limit: 0, sort: 'no-such-field' }));
  assert.equal(invalid.status, 400);
  const problem = ProblemFromJSON(await invalid.json());
  const names = (problem.errors ?? []).map((e) => e.name);
  assert.ok(names.length > 0, `errors name the invalid parameters: ${JSON.stringify(problem)}`);
  assert.ok(names.every((n) => n === 'limit' || n === 'sort'), `only the invalid ones: ${JSON.stringify(problem)}`);
}

async function createsPatchesAFieldToNullAndDeletes() {
  const id = `ts-client-${Math.random().toString(16).slice(2, 10)}`;
  const created = await editor.createProjectRaw({
    projectWrite: {
      id, title: 'Written by the generated TypeScript client', summary: 'To be removed by a merge patch.',
      startDate: new Date('2027-01-01'), endDate: new Date('2027-12-31'), themes: ['employment'], countries: ['MN'],
    },
  });
  assert.equal(created.raw.status, 201);
  assert.equal((await created.value()).summary, 'To be removed by a merge patch.');
  const etag = created.raw.headers.get('ETag')!;

  const patched = await editor.patchProjectRaw({ id, ifMatch: etag, projectPatch: { summary: null } });
  assert.equal(patched.raw.status, 200);
  const reread = await anonymous.getProject({ id });
  assert.equal(reread.summary ?? null, null, 'summary removed by the merge patch');

  const current = (await anonymous.getProjectRaw({ id })).raw.headers.get('ETag')!;
  const deleted = await editor.deleteProjectRaw({ id, ifMatch: current });
  assert.equal(deleted.raw.status, 204);
  assert.equal((await failure(anonymous.getProject({ id }))).status, 404);
}

const checks = [pagesThroughAllProjectsThreeAtATime, readsOneProjectAndRevalidatesItWithItsETag,
  readsTheFieldErrorsOfA400, createsPatchesAFieldToNullAndDeletes];

(async () => {
  let failed = 0;
  for (const check of checks) {
    try {
      await check();
      console.log(`ok   ${check.name}`);
    } catch (e) {
      failed++;
      console.log(`FAIL ${check.name}: ${e instanceof Error ? e.stack : e}`);
    }
  }
  console.log(`${checks.length - failed} of ${checks.length} passed`);
  process.exit(failed ? 1 : 0);
})();
