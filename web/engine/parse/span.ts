/** A piece of a joined instruction line: its value and where it sits in that line. */
export interface Span {
  value: string;
  from: number;
  to: number;
}
