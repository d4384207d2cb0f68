import { Flex } from 'antd';
import { PageHeader } from '../../components/page-header';
import { Greeting } from '../../features/home/components/greeting';
import { TodoList } from '../../features/home/components/todo-list';
import { useMe } from '../../lib/session';

export function HomeRoute() {
  const me = useMe();
  return (
    <>
      <PageHeader title="首页" />
      <Flex vertical gap={16}>
        <Greeting me={me} />
        <TodoList />
      </Flex>
    </>
  );
}
