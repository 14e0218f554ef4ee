// Lets the tsx command-line scripts (npm run db:seed, user:create, ...) load modules marked
// `import "server-only"`: outside Next.js that package throws on import, so resolve it to an empty
// module here. Used as `tsx --import ./scripts/server-only-hook.mjs scripts/<name>.ts`.
import { register } from "node:module";

const hooks = `export async function resolve(specifier, context, next) {
  if (specifier === "server-only") return { url: "data:text/javascript,export{}", shortCircuit: true };
  return next(specifier, context);
}`;
register(`data:text/javascript,${encodeURIComponent(hooks)}`);
