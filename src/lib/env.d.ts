// Constants the build defines.
declare const __APP_VERSION__: string;
