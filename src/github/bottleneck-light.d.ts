// `bottleneck/light.js` is the build @octokit/plugin-throttling imports (no clustering, no Redis): the same
// API as the package's main entry, whose types it ships only for that entry.
declare module 'bottleneck/light.js' {
  import Bottleneck from 'bottleneck';
  export default Bottleneck;
}
