// Runs one benchmark by name: npm run bench -- <map|placement|detect|scan>
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
await import(target);
