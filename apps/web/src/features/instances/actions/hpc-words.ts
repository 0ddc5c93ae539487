import { lineIcon } from '../../../components/ui/icons.tsx';
import type { Localized } from '../../../i18n/localized.ts';

// What the operating-system conversion and FPGA programming share: their icons and words (issue 21's "other" CVM
// actions, which act on one kind of instance each).

/** Two arrows turning one into the other: a system converted in place. */
export const ConvertIcon = lineIcon('M3 5.5h8.5L9 3M13 10.5H4.5L7 13');
/** A chip with its pins: an FPGA card. */
export const ChipIcon = lineIcon('M5 5h6v6H5zM7 2.5V5M9 2.5V5M7 11v2.5M9 11v2.5M2.5 7H5M2.5 9H5M11 7h2.5M11 9h2.5');

export const hpcActionWords: Localized<{
  convert: string;
  convertOnlyCentOs: (who: string, os: string) => string;
  program: string;
  programOnlyFpga: (who: string, type: string) => string;
}> = {
  en: {
    convert: 'Convert to TencentOS',
    convertOnlyCentOs: (who, os) => `Only CentOS 7 and 8 convert to TencentOS (${who} runs ${os})`,
    program: 'Program FPGA image',
    programOnlyFpga: (who, type) => `Only FPGA instances (FX4) have FPGA cards (${who} is ${type})`,
  },
  'zh-CN': {
    convert: '转换为 TencentOS',
    convertOnlyCentOs: (who, os) => `仅 CentOS 7、CentOS 8 可转换为 TencentOS（${who}运行 ${os}）`,
    program: '烧录 FPGA 镜像',
    programOnlyFpga: (who, type) => `仅 FPGA 机型（FX4）有 FPGA 卡（${who}为 ${type}）`,
  },
};

/** CentOS 7 or 8: what ConvertOperatingSystems takes (reference 28298). */
export const isConvertibleOs = (osName: string) => /^CentOS (?:Linux |Stream )?[78](?:\b|\.)/i.test(osName);

/** An FPGA type: the FX families (the emulated world's FX4; the reference's type list names FX2). */
export const isFpgaType = (instanceType: string) => /^FX\d/.test(instanceType);
