// The types of zod.mjs: the same functions, and the types used beside them.
export { array, boolean, discriminatedUnion, enum, literal, number, object, string } from 'zod';
export type { infer, RefinementCtx, ZodOptional } from 'zod';
