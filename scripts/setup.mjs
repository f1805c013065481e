#!/usr/bin/env node
// Runs before `npm start` and `npm test` on whatever Node the machine has (no dependencies, plain JS):
// installs the npm packages when they are missing or out of date, and, for tests, Debian's Chromium.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';

const needBrowser = process.argv.includes('--browser');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

function say(msg) {
  console.log(`[setup] ${msg}`);
}

// On Windows npm and the project's node are .cmd files, which Node starts only through the shell.
const windows = process.platform === 'win32';

function run(cmd, args) {
  say(`${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', shell: windows, env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  if (r.status !== 0) {
    console.error(`[setup] "${cmd} ${args.join(' ')}" failed (exit ${r.status}).`);
    process.exit(r.status || 1);
  }
}

// npm packages: install when node_modules is missing, or older than the lockfile.
const marker = 'node_modules/.package-lock.json';
const nodeBin = windows ? 'node_modules\\.bin\\node.cmd' : 'node_modules/.bin/node';
const stale = !existsSync(marker) || !existsSync(nodeBin) || statSync('package-lock.json').mtimeMs > statSync(marker).mtimeMs;
if (stale) {
  // Exactly the lockfile, which lists the platform packages of Windows, macOS and Linux alike.
  run('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error']);
} else {
  say('npm packages are installed.');
}

// Astro needs Node >= 22.12: the project ships Node 24 as the `node` devDependency.
const version = execFileSync(nodeBin, ['--version'], { shell: windows }).toString().trim();
const [major, minor] = version.slice(1).split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(`[setup] ${nodeBin} is ${version}; Astro needs >= 22.12. Delete node_modules and run npm install again.`);
  process.exit(1);
}

// The Nu Html Checker (vnu-jar) runs on Java.
const hasJava = spawnSync('java', ['-version'], { stdio: 'ignore' }).status === 0;
// The full test suite is Debian's; an editor on Windows or macOS needs only `npm start` and the editing commands.
if (needBrowser && (!existsSync(CHROMIUM) || !hasJava)) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  if (isRoot && hasApt) {
    say('Chromium or Java is missing: installing Debian\'s chromium and default-jre-headless packages.');
    run('apt-get', ['update', '-qq']);
    run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium', 'fonts-noto-core', 'default-jre-headless']);
  } else {
    console.error(
      `[setup] The browser tests need Chromium at ${CHROMIUM}, and the HTML checker needs Java.\n` +
        '  On Debian or Ubuntu, install them with:  sudo apt-get install chromium default-jre-headless\n' +
        '  Elsewhere, install Chromium and set CHROMIUM_PATH to its executable.\n' +
        '  (The tests never download a browser.)',
    );
    process.exit(1);
  }
}

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
say(`ready: ${pkg.name}, Node ${version} for the build.`);
