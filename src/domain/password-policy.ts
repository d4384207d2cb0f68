/** Returns the Chinese reasons a new password is refused, or an empty list. */
export function passwordProblems(password: string, username: string): string[] {
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^a-zA-Z0-9]/].filter((re) =>
    re.test(password),
  ).length;
  return [
    password.length < 10 && '密码至少10位',
    password.length > 128 && '密码不超过128位',
    classes < 3 && '密码须包含大写字母、小写字母、数字、符号中的至少三类',
    password.toLowerCase().includes(username.toLowerCase()) && '密码不能包含用户名',
  ].filter((problem): problem is string => typeof problem === 'string');
}
