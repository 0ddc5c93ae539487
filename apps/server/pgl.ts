import { PGlite } from '@electric-sql/pglite';
let t = performance.now();
const db = await PGlite.create();
await db.query('create table t (a int)');
const dump = await db.dumpDataDir('none');
console.log('create+dump', (performance.now() - t).toFixed(0), 'ms', dump.size);
t = performance.now();
const db2 = await PGlite.create({ loadDataDir: dump });
console.log('load from dump', (performance.now() - t).toFixed(0), 'ms', (await db2.query('select count(*) from t')).rows);
