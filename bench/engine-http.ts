/**
 * Synchronous execute over HTTP: the server in a process of its own (bench/engine-server.ts), autocannon in
 * this one with `connections` clients, each POSTing /api/v1/workflows/kyc-basic/execute for a new individual
 * and waiting for the workflowResult. A short warm-up run comes first and is not counted.
 */
import autocannon from 'autocannon';
import { spawnChild } from './engine-child.js';
import { applicant, WORKFLOW } from './engine-seed.js';

export interface HttpRun {
  connections: number;
  seconds: number;
  requests: number;
  perSecond: number;
  p50: number;
  p90: number;
  p97_5: number;
  p99: number;
  max: number;
  non2xx: number;
  errors: number;
  roundTripsPerRequest: number;
  completed: number;
  stepResults: number;
}

function load(port: number, key: string, connections: number, seconds: number): Promise<autocannon.Result> {
  let i = 0;
  return autocannon({
    url: `http://127.0.0.1:${port}/api/v1/workflows/${WORKFLOW}/execute`,
    method: 'POST',
    connections,
    duration: seconds,
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
    requests: [
      {
        setupRequest: (request) => {
          const { name, dateOfBirth, email, nationality } = applicant(i++);
          const individual = { name: { givenName: name.givenName, familyName: name.familyName }, dateOfBirth, email, nationality };
          return { ...request, body: JSON.stringify({ individual }) };
        },
      },
    ],
  });
}

export async function syncExecute(databaseUrl: string | undefined, connections: number, seconds: number): Promise<HttpRun> {
  const server = spawnChild('engine-server.ts', databaseUrl ? { DATABASE_URL: databaseUrl } : { DATABASE_URL: '', IDFLOW_DATABASE_URL: '' });
  try {
    const [, port, key] = (await server.line(/^ready /)).split(' ');
    await load(Number(port), key, connections, Math.min(3, seconds));
    const r = await load(Number(port), key, connections, seconds);
    const stats = server.line(/^stats /);
    server.send('stop');
    const s = JSON.parse((await stats).slice(6)) as { roundTrips: number; instances: number; completed: number; stepResults: number };
    return {
      connections,
      seconds: r.duration,
      requests: r.requests.total,
      perSecond: r.requests.total / r.duration,
      p50: r.latency.p50,
      p90: r.latency.p90,
      p97_5: r.latency.p97_5,
      p99: r.latency.p99,
      max: r.latency.max,
      non2xx: r.non2xx,
      errors: r.errors,
      roundTripsPerRequest: s.roundTrips / s.instances,
      completed: s.completed === s.instances ? s.completed : -(s.instances - s.completed),
      stepResults: s.stepResults - 5 * s.instances,
    };
  } finally {
    server.kill();
  }
}
