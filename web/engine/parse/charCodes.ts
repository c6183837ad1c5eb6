// The two escape characters a Dockerfile may choose (`# escape=`), as UTF-16 code units.
export const BACKSLASH = 0x5c;
export const BACKTICK = 0x60;
