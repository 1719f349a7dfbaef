// The registry mirror this project is built against serves only the Linux
// builds of Next's SWC binaries, so `npm install` here leaves the macOS and
// Windows ones out of package-lock.json and `npm ci` then refuses the lock
// ("Missing: @next/swc-darwin-arm64 from lock file"). This restores their
// entries (optional, os/cpu-gated, so Linux installs skip them).
// Run after any `npm install` that rewrites the lock: `node scripts/lock-platforms.mjs`.
import { readFileSync, writeFileSync } from "node:fs";

const lockPath = new URL("../package-lock.json", import.meta.url);
const lock = JSON.parse(readFileSync(lockPath, "utf8"));
const nextEntry = lock.packages["node_modules/next"];
const platforms = {
  "@next/swc-darwin-arm64": ["darwin", "arm64"],
  "@next/swc-darwin-x64": ["darwin", "x64"],
  "@next/swc-win32-arm64-msvc": ["win32", "arm64"],
  "@next/swc-win32-x64-msvc": ["win32", "x64"],
};
let added = 0;
for (const [name, [os, cpu]] of Object.entries(platforms)) {
  const key = `node_modules/${name}`;
  const version = nextEntry.optionalDependencies?.[name];
  if (!version || lock.packages[key]) continue;
  lock.packages[key] = {
    version,
    cpu: [cpu],
    license: "MIT",
    optional: true,
    os: [os],
    engines: { node: ">= 10" },
  };
  added++;
}
lock.packages = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a === "" ? -1 : b === "" ? 1 : a.localeCompare(b))));
writeFileSync(lockPath, JSON.stringify(lock, null, 2) + "\n");
console.log(`lock-platforms: added ${added} platform entries`);
