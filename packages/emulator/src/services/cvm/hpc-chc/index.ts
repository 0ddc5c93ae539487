// HPC clusters, CHC hosts, ConvertOperatingSystems and ProgramFpgaImage: every handler of this folder, for the CVM
// service's index (handlersIn keeps the handlers among these exports).
export * from './hpc-clusters.ts';
export * from './chc-hosts.ts';
export * from './chc-networks.ts';
export * from './chc-cloud-hosts.ts';
export * from './convert-operating-systems.ts';
export * from './program-fpga-image.ts';
