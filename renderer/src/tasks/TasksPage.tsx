import { TaskDetail } from './TaskDetail.tsx';
import { TaskList } from './TaskList.tsx';

/** 抽查任务: the list at `#/tasks`, one task and its draw at `#/tasks/<id>`. */
export function TasksPage({ sub }: { sub: string }) {
  const id = Number(sub);
  return Number.isInteger(id) && id > 0 ? <TaskDetail key={id} taskId={id} /> : <TaskList />;
}
