import { Flex } from 'antd';
import { Link } from 'react-router';
import { PageHeader } from '../../components/page-header';
import { Greeting } from '../../features/home/components/greeting';
import { TodoList } from '../../features/home/components/todo-list';
import { hasAnyRole } from '../../lib/roles';
import { useMe } from '../../lib/session';
import { pageRoles } from '../navigation';

export function HomeRoute() {
  const me = useMe();
  return (
    <>
      <PageHeader title="首页" />
      <Flex vertical gap={16}>
        <Greeting me={me} />
        <TodoList
          extra={hasAnyRole(me.roles, pageRoles.supervision) && <Link to="/supervision">督办</Link>}
        />
      </Flex>
    </>
  );
}
