import { defineTransition } from '../../../state/change-over-time/index.ts';

// How long the CHC network changes, an operating-system conversion and FPGA programming take at transitionScale 1, in
// seconds of emulator time (the README's "HPC clusters and CHC hosts").

export const HPC_CHC_TRANSITIONS = {
  /** The out-of-band (BMC) network checked over IPMI and configured; the host is OPERATING meanwhile. */
  assistVpc: defineTransition('cvm.ConfigureChcAssistVpc', 5, 'The IPMI command on the server failed: allow remote IPMI for the account and LAN IPMI in the BIOS.'),
  /** The deploy network configured; the host is OPERATING, then READY. */
  deployVpc: defineTransition('cvm.ConfigureChcDeployVpc', 5, 'The deploy network could not be configured on the server.'),
  /**
   * From READY to PREPARED: the server PXE-boots the MiniOS over the deploy network (the reference's LatestOperation
   * ChcPrepare, 36079). Never failed on its own: a failure is the configuration's.
   */
  prepare: defineTransition('cvm.ChcPrepare', 10),
  /** Both networks cleared; a failure leaves the host CLEAR_NETWORK_FAILED (35934). */
  removeAssistVpc: defineTransition('cvm.RemoveChcAssistVpc', 5, 'The networks of the server could not be cleared.'),
  removeDeployVpc: defineTransition('cvm.RemoveChcDeployVpc', 5, 'The deploy network of the server could not be cleared.'),
  /** CentOS rewritten in place as TencentOS, the instance RUNNING throughout. */
  convertOs: defineTransition('cvm.ConvertOperatingSystems', 30, 'The operating system conversion failed; the instance keeps its CentOS.'),
  /** An FPGA image loaded onto the instance's cards. */
  programFpga: defineTransition('cvm.ProgramFpgaImage', 8, 'The FPGA image could not be programmed onto the card.'),
} as const;
