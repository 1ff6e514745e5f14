/// <reference types="vite/client" />
declare module 'virtual:backstory/matcher-data' {
  const data: import('./core/types').MatcherData;
  export default data;
}
declare module 'virtual:backstory/dataset' {
  const data: import('./core/types').Dataset;
  export default data;
}
declare module 'virtual:backstory/dataset-about' {
  const about: Pick<import('./core/types').Dataset, 'version' | 'updated' | 'sourcesTo'>;
  export default about;
}
declare const __TARGET__: 'chrome' | 'firefox';
