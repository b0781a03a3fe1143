// bottleneck types its main entry only. light.js is the same class without Redis, and the module
// plugin-throttling loads: importing it adds nothing to the bundle.
declare module 'bottleneck/light.js' {
  import Bottleneck from 'bottleneck';
  export default Bottleneck;
}
