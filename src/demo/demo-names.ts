const surnames =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蒋蔡余杜叶程魏苏吕丁任沈姚卢';
const givenCharacters =
  '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍建国志红文斌辉鹏宇浩俊峰晨曦雪梅海燕立新春';

/**
 * A plausible name for the n-th demo person, generated from common characters by index
 * arithmetic (deterministic, so tests and screenshots are stable; no real person's name
 * is copied).
 */
export function demoPersonName(n: number): string {
  const surname = surnames[(n * 7) % surnames.length] ?? '王';
  const first = givenCharacters[(n * 13 + 3) % givenCharacters.length] ?? '明';
  const second = givenCharacters[(n * 29 + 11) % givenCharacters.length] ?? '';
  return n % 3 === 0 ? `${surname}${first}` : `${surname}${first}${second}`;
}
