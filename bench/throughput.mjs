// Conversion throughput of the JavaScript peers in node, on the same work
// as core/examples/throughput.rs: the first 1,000 sessions of "Thursday
// 10:00 America/Los_Angeles every 2 weeks from 2026-01-08", each converted
// to the 10 zones of lib.mjs (10,000 conversions per round), wall-clock
// fields read from the library. Every peer must reproduce core's checksum.
//
//   node bench/throughput.mjs [seconds per peer]   → JSON lines on stdout
import { performance } from "node:perf_hooks";
import { PEERS, ZONES, median } from "./lib.mjs";

const seconds = Number(process.argv[2] ?? 3);
const FROM = Date.UTC(2026, 0, 1);
const SESSIONS = 1000;

for (const peer of PEERS) {
  const m = await import(`./peers/${peer.id}.js`);
  const round = () => {
    const sessions = m.occurrences(FROM, SESSIONS);
    let sum = 0;
    for (const zone of ZONES) {
      for (const s of sessions) {
        const l = m.toLocal(s, zone);
        sum += Date.UTC(l.year, l.month - 1, l.day, l.hour, l.minute) / 60000;
      }
    }
    return sum;
  };
  const checksum = round();
  // Warm up for a quarter of the time, then time each round.
  let t0 = performance.now();
  while (performance.now() - t0 < (seconds * 1000) / 4) round();
  const times = [];
  t0 = performance.now();
  while (performance.now() - t0 < seconds * 1000 || times.length < 5) {
    const t = performance.now();
    round();
    times.push(performance.now() - t);
  }
  const ms = median(times);
  console.log(JSON.stringify({
    impl: peer.name, id: peer.id, conversions: SESSIONS * ZONES.length, rounds: times.length,
    median_round_ms: +ms.toFixed(4), conversions_per_sec: Math.round((SESSIONS * ZONES.length) / (ms / 1000)),
    checksum,
  }));
}
