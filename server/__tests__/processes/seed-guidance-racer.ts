/**
 * One of several processes racing to seed guidance, as cluster workers do at start-up. For
 * each database path it waits for the shared start time (a barrier in wall-clock time, the
 * only clock separate processes share), then seeds. Exit code 1 with the error on failure.
 */
import { openDatabase } from '../../db/open';
import { seedDefaultGuidance } from '../../guidance/versions';

const [startAt, ...paths] = process.argv.slice(2);
const SLOT_MS = 40;
const dbs = paths.map((path) => openDatabase(path));
dbs.forEach((db, index) => {
  const goAt = Number(startAt) + index * SLOT_MS;
  while (Date.now() < goAt) {
    // Spin rather than sleep: a timer would let the processes drift apart by milliseconds.
  }
  db.pragma('busy_timeout = 5000');
  seedDefaultGuidance(db);
});
for (const db of dbs) db.close();
