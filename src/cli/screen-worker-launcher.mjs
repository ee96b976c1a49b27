// Loads screen-worker.ts through tsx inside a worker thread (workers do not inherit the parent's loader).
import { register } from 'tsx/esm/api';
register();
await import('./screen-worker.ts');
