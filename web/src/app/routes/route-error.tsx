import { Button, Result } from 'antd';

/** Shown instead of a blank page when rendering fails unexpectedly. */
export function RouteError() {
  return (
    <Result
      status="500"
      title="页面出错了"
      subTitle="请刷新页面重试；如问题持续出现，请联系系统管理员。"
      extra={
        <Button type="primary" onClick={() => window.location.reload()}>
          刷新页面
        </Button>
      }
    />
  );
}
