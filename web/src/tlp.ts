/**
 * TLP levels as the UI shows them. The marking ids mirror src/model/tlp.ts (the web bundle imports
 * only types from src/model, so the few ids are repeated here; test/web/tlp.test.ts keeps them equal).
 */
import type { TlpLevel } from '../../src/model/tlp.ts';

export type { TlpLevel };
export const TLP_LEVELS: readonly TlpLevel[] = ['clear', 'green', 'amber', 'amber+strict', 'red'];

export const TLP_MARKINGS: Record<string, TlpLevel> = {
  'marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487': 'clear',
  'marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb': 'green',
  'marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421': 'amber',
  'marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003': 'amber+strict',
  'marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1': 'red',
  // TLP 1.0
  'marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9': 'clear',
  'marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da': 'green',
  'marking-definition--f88d31f6-486f-44da-b317-01333bde0b82': 'amber',
  'marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed': 'red',
};

/** The strictest TLP level among an object's markings; undefined when it carries none. */
export function tlpOfObject(object: { object_marking_refs?: string[] } | undefined): TlpLevel | undefined {
  let strictest: TlpLevel | undefined;
  for (const ref of object?.object_marking_refs ?? []) {
    const level = TLP_MARKINGS[ref];
    if (level && (!strictest || TLP_LEVELS.indexOf(level) > TLP_LEVELS.indexOf(strictest))) strictest = level;
  }
  return strictest;
}
