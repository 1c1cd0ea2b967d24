/** The part of autocannon's programmatic API the support benchmarks use (the package ships no types). */
declare module 'autocannon' {
  type Options = {
    url: string;
    connections: number;
    duration: number;
    overallRate?: number;
    requests: Array<{ setupRequest: (request: Record<string, unknown>) => Record<string, unknown> }>;
    setupClient?: (client: { on(event: 'body', listener: (body: Buffer) => void): void }) => void;
  };
  type Result = { errors: number; timeouts: number };
  type Instance = PromiseLike<Result> & {
    on(event: 'response', listener: (client: unknown, statusCode: number, bytes: number, responseTime: number) => void): void;
  };
  export default function autocannon(options: Options): Instance;
}
