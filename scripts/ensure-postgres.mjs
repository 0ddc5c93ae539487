// Server tests need a real PostgreSQL. Use TEST_DATABASE_URL when given; otherwise make sure Debian's PostgreSQL is
// installed, a cluster is running and a superuser role `cvm_test` (password `cvm_test`) can log in over TCP on 127.0.0.1.
// Prints the connection URL when run directly, so `TEST_DATABASE_URL=$(node scripts/ensure-postgres.mjs)` works.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';

const ROLE = 'cvm_test';
const PASSWORD = 'cvm_test';
const PG_LIB = '/usr/lib/postgresql';

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const sudo = isRoot ? [] : ['sudo', '-n'];
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// Runs a command and returns its stdout; progress output (apt) goes to stderr so stdout stays just the URL.
function run(args, { asRoot = false, asPostgres = false, inherit = false, env = {}, timeout } = {}) {
  let argv = args;
  if (asPostgres) argv = isRoot ? ['runuser', '-u', 'postgres', '--', ...args] : ['sudo', '-n', '-u', 'postgres', ...args];
  else if (asRoot) argv = [...sudo, ...args];
  return execFileSync(argv[0], argv.slice(1), {
    cwd: '/', // the postgres user may not be able to enter the caller's directory
    encoding: 'utf8',
    stdio: inherit ? ['ignore', 2, 2] : ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...env },
    timeout,
  });
}

function errorText(error) {
  return String(error?.stderr || error?.message || error).trim();
}

// Major versions whose server binaries are installed, newest first.
function installedVersions() {
  if (!existsSync(PG_LIB)) return [];
  return readdirSync(PG_LIB)
    .filter((v) => existsSync(`${PG_LIB}/${v}/bin/postgres`))
    .sort((a, b) => Number(b) - Number(a));
}

function installPostgres() {
  if (!existsSync('/usr/bin/apt-get')) {
    throw new Error('PostgreSQL is not installed and apt-get is unavailable: install PostgreSQL or set TEST_DATABASE_URL.');
  }
  console.error('Installing Debian PostgreSQL for the server tests (about a minute)…');
  const apt = (args) => run(['apt-get', ...args], { asRoot: true, inherit: true, env: { DEBIAN_FRONTEND: 'noninteractive' } });
  try {
    try {
      apt(['install', '-y', '--no-install-recommends', 'postgresql']);
    } catch {
      apt(['update']);
      apt(['install', '-y', '--no-install-recommends', 'postgresql']);
    }
  } catch (error) {
    const hint = isRoot ? '' : ' (not root: this needs passwordless sudo)';
    throw new Error(`Could not install PostgreSQL with apt-get${hint}: ${errorText(error)}. Install it or set TEST_DATABASE_URL.`);
  }
  if (installedVersions().length === 0) throw new Error(`PostgreSQL server binaries still missing under ${PG_LIB} after installing.`);
}

// Clusters from pg_lsclusters whose binaries are installed: { version, name, port, status }.
function listClusters() {
  const versions = new Set(installedVersions());
  return run(['pg_lsclusters', '-h'])
    .split('\n')
    .map((line) => line.trim().split(/\s+/))
    .filter((cols) => cols.length >= 4 && versions.has(cols[0]))
    .map(([version, name, port, status]) => ({ version, name, port: Number(port), status: status.split(',') }));
}

// Prefer a running primary, then the newest version, then a cluster called main.
function pickCluster(clusters) {
  const score = (c) => (c.status[0] === 'online' && !c.status.includes('recovery') ? 1e6 : 0) + Number(c.version) * 10 + (c.name === 'main' ? 1 : 0);
  return [...clusters].filter((c) => !c.status.includes('recovery')).sort((a, b) => score(b) - score(a))[0];
}

function ensureClusterRunning() {
  let cluster = pickCluster(listClusters());
  if (!cluster) {
    const version = installedVersions()[0];
    console.error(`Creating PostgreSQL ${version} cluster "main"…`);
    try {
      run(['pg_createcluster', version, 'main', '--start'], { asRoot: true });
    } catch (error) {
      // Another process may have created it meanwhile; otherwise report why.
      if (!pickCluster(listClusters())) throw new Error(`pg_createcluster ${version} main failed: ${errorText(error)}`);
    }
    cluster = pickCluster(listClusters());
  }
  if (cluster.status[0] !== 'online') {
    console.error(`Starting PostgreSQL cluster ${cluster.version}/${cluster.name} on port ${cluster.port}…`);
    try {
      run(['pg_ctlcluster', cluster.version, cluster.name, 'start'], { asRoot: true });
    } catch (error) {
      // A parallel caller may have started it first ("already running").
      const now = listClusters().find((c) => c.version === cluster.version && c.name === cluster.name);
      if (now?.status[0] !== 'online') {
        const hint = isRoot ? '' : ' (not root: this needs passwordless sudo)';
        throw new Error(`pg_ctlcluster ${cluster.version} ${cluster.name} start failed${hint}: ${errorText(error)}`);
      }
    }
  }
  return cluster;
}

async function waitUntilReady(bin, port) {
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      run([`${bin}/pg_isready`, '-q', '-h', '127.0.0.1', '-p', String(port), '-t', '2']);
      return;
    } catch {
      if (Date.now() > deadline) {
        throw new Error(`PostgreSQL on 127.0.0.1:${port} is not accepting connections after 30 s (check listen_addresses and the server log).`);
      }
      await sleep(250);
    }
  }
}

// Logs in as the test role over TCP with its password; returns '' when it is a superuser, else why not.
function checkLogin(bin, url) {
  try {
    const out = run([`${bin}/psql`, '-X', '-q', '-t', '-A', '-d', url, '-c', 'select rolsuper from pg_roles where rolname = current_user'], {
      env: { PGCONNECT_TIMEOUT: '5' },
      timeout: 15_000,
    });
    return out.trim() === 't' ? '' : `role ${ROLE} is not a superuser`;
  } catch (error) {
    return errorText(error) || 'psql failed';
  }
}

function psqlAsPostgres(bin, port, sql) {
  return run([`${bin}/psql`, '-X', '-q', '-t', '-A', '-v', 'ON_ERROR_STOP=1', '-p', String(port), '-d', 'postgres', '-c', sql], { asPostgres: true, timeout: 30_000 });
}

function ensureRole(bin, port) {
  // Always store a SCRAM secret: it works with both scram-sha-256 and md5 lines in pg_hba.conf.
  const sql = `SET password_encryption = 'scram-sha-256';
DO $$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${ROLE}') THEN
    CREATE ROLE ${ROLE} LOGIN SUPERUSER PASSWORD '${PASSWORD}';
  ELSE
    ALTER ROLE ${ROLE} LOGIN SUPERUSER PASSWORD '${PASSWORD}';
  END IF;
EXCEPTION WHEN unique_violation OR duplicate_object THEN NULL; -- created concurrently by another caller
END $$;`;
  try {
    psqlAsPostgres(bin, port, sql);
  } catch (error) {
    const hint = isRoot ? '' : ' (not root: this needs passwordless `sudo -u postgres`)';
    throw new Error(`Could not create the ${ROLE} role as the postgres user${hint}: ${errorText(error)}`);
  }
}

// Debian's default pg_hba.conf allows scram-sha-256 from 127.0.0.1; if it was changed so password login fails,
// put an explicit line for the test role at the top and reload.
function allowPasswordLogin(bin, port) {
  const hbaFile = psqlAsPostgres(bin, port, 'SHOW hba_file').trim();
  console.error(`Allowing password login for ${ROLE} from 127.0.0.1 in ${hbaFile}…`);
  run(['sed', '-i', `1i host all ${ROLE} 127.0.0.1/32 scram-sha-256`, hbaFile], { asPostgres: true });
  psqlAsPostgres(bin, port, 'SELECT pg_reload_conf()');
}

export async function ensurePostgres() {
  if (process.env.TEST_DATABASE_URL) return process.env.TEST_DATABASE_URL;
  if (installedVersions().length === 0) installPostgres();
  if (!existsSync('/usr/bin/pg_lsclusters')) throw new Error('pg_lsclusters is missing: install postgresql-common or set TEST_DATABASE_URL.');

  const cluster = ensureClusterRunning();
  const bin = `${PG_LIB}/${cluster.version}/bin`;
  const url = `postgres://${ROLE}:${PASSWORD}@127.0.0.1:${cluster.port}/postgres`;
  await waitUntilReady(bin, cluster.port);
  if (!checkLogin(bin, url)) return url; // fast path: everything already in place

  ensureRole(bin, cluster.port);
  let why = checkLogin(bin, url);
  if (why) {
    allowPasswordLogin(bin, cluster.port);
    why = checkLogin(bin, url);
  }
  if (why) throw new Error(`Cannot log in to PostgreSQL as ${ROLE} at 127.0.0.1:${cluster.port}: ${why}`);
  return url;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  ensurePostgres().then(
    (url) => console.log(url),
    (error) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
