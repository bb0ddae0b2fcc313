// Go's strconv quoting (strconv/quote.go): what fmt's %q and %#v print.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace gorun::runtime {

// strconv.IsPrint: letters, marks, numbers, punctuation, symbols and the
// ASCII space, per Go 1.19's Unicode tables.
bool isPrint(int32_t r);
// strconv.IsGraphic: IsPrint plus the Unicode space characters (Zs).
bool isGraphic(int32_t r);

// strconv.AppendQuote / AppendQuoteToASCII.
void appendQuote(std::string& dst, std::string_view s, bool asciiOnly);
// strconv.AppendQuoteRune / AppendQuoteRuneToASCII.
void appendQuoteRune(std::string& dst, int32_t r, bool asciiOnly);
// strconv.CanBackquote.
bool canBackquote(std::string_view s);

}  // namespace gorun::runtime
