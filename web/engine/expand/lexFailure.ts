/** A lexing failure, thrown inside the lexer and returned by lexWord: BuildKit's reason and where the lexer stopped. */
export class LexFailure {
  constructor(
    readonly reason: string,
    readonly offset: number,
  ) {}
}
