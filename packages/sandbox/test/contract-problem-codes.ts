// Lists the contract names completely, read from the bundled contract the sandbox validates against:
// its problem codes (components.schemas.ProblemCode) and its event names (EventName).
import { readFileSync } from 'node:fs';

type Schemas = Record<string, { enum?: string[] } | undefined>;
const schemas = (
  JSON.parse(readFileSync(new URL('../src/generated/contract.json', import.meta.url), 'utf8')) as {
    components: { schemas: Schemas };
  }
).components.schemas;

function enumOf(name: string): string[] {
  const values = schemas[name]?.enum;
  if (!values) throw new Error(`the contract has no ${name} enum`);
  return values;
}

export const contractProblemCodes = (): string[] => enumOf('ProblemCode');
export const contractEventTypes = (): string[] => enumOf('EventName');
