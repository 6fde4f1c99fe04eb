// Runs one benchmark by name: npm run bench -- <map|placement|detect|scan> [its own arguments]
const name = process.argv[2];
const benches: Record<string, string> = {
  map: './map/run.js',
  placement: './placement/run.js',
  detect: './detect/run.js',
  scan: './scan/run.js',
};
const target = name ? benches[name] : undefined;
if (!target) {
  console.error(`usage: npm run bench -- <${Object.keys(benches).join('|')}>`);
  process.exit(2);
}
// The benchmark reads its own arguments from argv[2] on, as when it is run directly.
process.argv.splice(2, 1);
await import(target);
