import { Button, Flex } from 'antd';
import { useNavigate } from 'react-router';
import { AuthCard } from '../../features/auth/components/auth-card';
import { ChangePasswordForm } from '../../features/auth/components/change-password-form';
import { useSignOut } from '../../features/auth/use-sign-out';
import { useMe } from '../../lib/session';

export function ChangePasswordRoute() {
  const me = useMe();
  const navigate = useNavigate();
  const signOut = useSignOut();

  return (
    <AuthCard title="修改密码">
      <ChangePasswordForm
        forced={me.mustChangePassword}
        onChanged={() => navigate('/', { replace: true })}
      />
      <Flex justify="center" style={{ marginTop: 12 }}>
        {me.mustChangePassword ? (
          <Button type="link" onClick={() => void signOut()}>
            退出登录
          </Button>
        ) : (
          <Button type="link" onClick={() => navigate(-1)}>
            返回
          </Button>
        )}
      </Flex>
    </AuthCard>
  );
}
