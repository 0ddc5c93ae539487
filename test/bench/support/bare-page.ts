import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { serveUntilStopped } from './serve-until-stopped.ts';

// The browser bench's floor: the least page that shows the instance list. One HTML document with one inline script
// that asks POST /api/cvm/DescribeInstances (answered with the console's own answer for the same page, saved by the
// bench) and writes its rows into a table, cell by cell, with the same columns the console shows by default. No
// framework, no router, no second request, no CSP: what any page must pay in this browser on this machine before the
// first row is in the table. `node bare-page.ts <answer file>`; one READY line.

const answer = readFileSync(process.argv[2]!);

const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="UTF-8"><title>Instances</title>
<style>body{font:14px system-ui,sans-serif;margin:0}table{border-collapse:collapse;width:100%}td,th{padding:8px;text-align:left;border-bottom:1px solid #ddd}</style>
</head><body><table><thead><tr><th>ID / Name</th><th>State</th><th>Zone</th><th>Type</th><th>Config</th><th>IP</th><th>Billing</th><th>Created</th></tr></thead><tbody></tbody></table>
<script type="module">
const response = await fetch('/api/cvm/DescribeInstances', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"Offset":0,"Limit":20}' });
const answer = await response.json();
const { InstanceSet } = answer.Response ?? answer;
const when = new Intl.DateTimeFormat('en', { dateStyle: 'short', timeStyle: 'medium' });
const body = document.querySelector('tbody');
for (const instance of InstanceSet) {
  const row = document.createElement('tr');
  row.dataset.instanceId = instance.InstanceId;
  for (const text of [
    instance.InstanceId + ' ' + instance.InstanceName,
    instance.InstanceState,
    instance.Placement.Zone,
    instance.InstanceType,
    instance.CPU + ' cores ' + instance.Memory + ' GB',
    (instance.PublicIpAddresses ?? []).concat(instance.PrivateIpAddresses ?? []).join(' '),
    instance.InstanceChargeType,
    when.format(new Date(instance.CreatedTime)),
  ]) {
    const cell = document.createElement('td');
    cell.textContent = text;
    row.append(cell);
  }
  body.append(row);
}
</script></body></html>`;

const server = createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    const [type, body] = req.method === 'POST' ? ['application/json', answer] : ['text/html; charset=utf-8', Buffer.from(PAGE)];
    res.writeHead(200, { 'Content-Type': type, 'Content-Length': body.length, 'Cache-Control': 'no-store' });
    res.end(body);
  });
});
serveUntilStopped(server);
