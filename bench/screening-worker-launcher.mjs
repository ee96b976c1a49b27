// Loads bench/screening-worker.ts through tsx inside a worker thread (workers do not inherit tsx's loader).
import { register } from 'tsx/esm/api';
register();
await import('./screening-worker.ts');
