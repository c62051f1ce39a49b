// The compiled catalogs catalogPlugin serves: one part of one language each.
declare module 'virtual:catalog/*' {
  export const messages: Record<string, unknown>;
}
