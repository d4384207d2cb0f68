const FULL_WIDTH_OFFSET = 0xfee0;

function toHalfWidth(input: string): string {
  return input
    .replace(/[\uff01-\uff5e]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - FULL_WIDTH_OFFSET))
    .replace(/\u3000/g, ' ');
}

export function normalizeCode(input: string, removable?: RegExp): string {
  const halfWidth = toHalfWidth(input).trim();
  return (removable ? halfWidth.replace(removable, '') : halfWidth).toUpperCase();
}
