// Preloaded with `node --import ./bench/printMaxRss.mjs ...` by the benchmarks:
// at exit, writes the peak resident set of the whole process (every thread) to stderr.
process.on('exit', () => {
  process.stderr.write(`\nICSIM_MAXRSS_KB ${process.resourceUsage().maxRSS}\n`);
});
