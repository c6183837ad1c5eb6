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
    // As addChar for each character, a run of non-spaces at a time (no space is a surrogate half).
    let start = 0;
    for (let i = 0; i < text.length; i++) {
      if (!isSpace(text.charCodeAt(i))) continue;
      if (i > start) {
        this.word += text.slice(start, i);
        this.inWord = true;
      }
      if (this.inWord && this.word.length !== 0) {
        this.words.push(this.word);
        this.word = "";
        this.inWord = false;
      }
      start = i + 1;
    }
    if (start < text.length) {
      this.word += start === 0 ? text : text.slice(start);
      this.inWord = true;
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
