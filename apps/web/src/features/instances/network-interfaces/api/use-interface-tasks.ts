import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { NetworkInterface } from '@cvm/shared';
import type { CloudScope } from '../../../../api/cloud-scope.ts';
import { interfaceKeys } from './describe-network-interfaces.ts';
import { TaskStillRunningError, waitForVpcTask } from './vpc-task.ts';

export type TaskKind = 'bind' | 'unbind';

/** A bind or unbind the console started, and where it is: as the cloud reports it, or why the console cannot tell. */
export interface InterfaceTask {
  taskId: string;
  kind: TaskKind;
  interfaceId: string;
  interfaceName: string;
  status: 'RUNNING' | 'SUCCESS' | 'FAILED' | 'STILL_RUNNING' | 'UNREADABLE';
  /** The cloud's Output of a FAILED task: why. */
  output?: string;
  /** Why its progress could not be read. */
  error?: unknown;
}

/**
 * The binds and unbinds started from the tab, each followed through DescribeVpcTaskResult (500 ms, then backing off to
 * every 2 s) until it lands; then both interface lists are read again. The tasks belong to the open detail panel:
 * closing it stops following them (the lists still show an interface that is changing, and refresh while it does).
 */
export function useInterfaceTasks(scope: CloudScope) {
  const client = useQueryClient();
  const [tasks, setTasks] = useState<InterfaceTask[]>([]);
  const followers = useRef(new Map<string, AbortController>());

  useEffect(() => {
    const running = followers.current;
    return () => {
      for (const controller of running.values()) controller.abort();
    };
  }, []);

  const update = useCallback((taskId: string, patch: Partial<InterfaceTask>) => {
    setTasks((list) => list.map((task) => (task.taskId === taskId ? { ...task, ...patch } : task)));
  }, []);

  const refreshLists = useCallback(() => client.invalidateQueries({ queryKey: interfaceKeys.scope(scope) }), [client, scope]);

  const follow = useCallback(
    async (taskId: string) => {
      followers.current.get(taskId)?.abort();
      const controller = new AbortController();
      followers.current.set(taskId, controller);
      try {
        const result = await waitForVpcTask(scope, taskId, controller.signal);
        update(taskId, { status: result.Status === 'SUCCESS' ? 'SUCCESS' : 'FAILED', output: result.Output });
      } catch (error) {
        if (controller.signal.aborted) return;
        update(taskId, error instanceof TaskStillRunningError ? { status: 'STILL_RUNNING' } : { status: 'UNREADABLE', error });
      } finally {
        if (followers.current.get(taskId) === controller) followers.current.delete(taskId);
      }
      await refreshLists();
    },
    [scope, update, refreshLists],
  );

  /** A bind or unbind the cloud accepted: its RequestId is the task to follow. */
  const track = useCallback(
    (kind: TaskKind, eni: Pick<NetworkInterface, 'NetworkInterfaceId' | 'NetworkInterfaceName'>, taskId: string) => {
      const task: InterfaceTask = { taskId, kind, interfaceId: eni.NetworkInterfaceId, interfaceName: eni.NetworkInterfaceName || eni.NetworkInterfaceId, status: 'RUNNING' };
      setTasks((list) => [task, ...list.filter((other) => other.taskId !== taskId)]);
      // The interface now shows as Binding… / Unbinding… in the lists.
      void refreshLists();
      void follow(taskId);
    },
    [follow, refreshLists],
  );

  /** Reads a task again that the console stopped following (too long, or its progress could not be read). */
  const checkAgain = useCallback(
    (taskId: string) => {
      update(taskId, { status: 'RUNNING', error: undefined });
      void follow(taskId);
    },
    [follow, update],
  );

  const dismiss = useCallback((taskId: string) => {
    followers.current.get(taskId)?.abort();
    setTasks((list) => list.filter((task) => task.taskId !== taskId));
  }, []);

  /** Interfaces whose task is being followed now: their lists need not poll for them. */
  const following = useMemo(() => new Set(tasks.filter((task) => task.status === 'RUNNING').map((task) => task.interfaceId)), [tasks]);

  return { tasks, following, track, checkAgain, dismiss };
}

export type InterfaceTasks = ReturnType<typeof useInterfaceTasks>;
