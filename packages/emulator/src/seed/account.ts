// The one Tencent Cloud account an emulator is: every key it accepts is this account's own. The UIN is what resource
// descriptions (qcs::cvm:<region>:uin/<uin>:...) and GetCallerIdentity name; the AppId is DescribeAccountQuota's.

export interface EmulatedAccount {
  /** The account's UIN, as the API writes it: a string of digits. */
  uin: string;
  appId: number;
}

export const EMULATED_ACCOUNT: EmulatedAccount = { uin: '100012345678', appId: 1250000000 };
