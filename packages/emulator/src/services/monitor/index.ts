import { handlersIn } from '../action-handler.ts';
import * as describeBaseMetrics from './describe-base-metrics.ts';
import * as getMonitorData from './get-monitor-data.ts';

/** Tencent Cloud Observability (monitor 2018-07-24) for CVM: its metrics and their series. */
export const monitorHandlers = handlersIn(getMonitorData, describeBaseMetrics);
