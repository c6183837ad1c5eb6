import { isSpace } from "./goChars";

/** Collects the split words alongside the joined result, as lex.go's wordsStruct. */
export class WordSplitter {
  word = "";
  words: string[] = [];
  inWord = false;
  addChar(c: number): void {
    if (isSpace(c)) {
      if (this.inWord && this.word.length !== 0) {
        this.words.push(this.word);
        this.word = "";
        this.inWord = false;
      }
    } else this.addRawChar(c);
  }
  addRawChar(c: number): void {
    this.word += String.fromCodePoint(c);
    this.inWord = true;
  }
  addString(text: string): void {
    for (let i = 0; i < text.length;) {
      const c = text.codePointAt(i) as number;
      this.addChar(c);
      i += c > 0xffff ? 2 : 1;
    }
  }
  addRawString(text: string): void {
    this.word += text;
    this.inWord = true;
  }
  getWords(): string[] {
    if (this.word.length > 0) {
      this.words.push(this.word);
      this.word = "";
      this.inWord = false;
    }
    return this.words;
  }
}
