/**
 * A place in the laws library that a decision or benchmark cites: law, 条, and where the
 * law divides it, 款 and 项, e.g. 道路运输条例 第六十三条第一项. `law` is the library's short
 * title (the statute file's name without its date, 中华人民共和国 dropped).
 */
export interface Citation {
  law: string;
  article: number;
  paragraph?: number;
  item?: number;
}
