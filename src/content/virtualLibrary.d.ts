// The bundled library's facts, provided at build time by libraryPlugin.
declare module 'virtual:library' {
  export const contentVersion: string;
  export const moduleCount: number;
  export const libraryUrl: string;
}
