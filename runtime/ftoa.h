// Float formatting exactly as Go's strconv.FormatFloat (strconv/ftoa.go).
#pragma once

#include <string>

namespace gorun::runtime {

// Appends FormatFloat(v, fmt, prec, bitSize) to dst. fmt is one of
// 'b' 'e' 'E' 'f' 'g' 'G' 'x' 'X'; prec < 0 means the shortest
// representation that reads back as the same float of that bitSize (32
// or 64; a float32 value must be passed exactly, widened to double).
void appendFloat(std::string& dst, double v, char fmt, int prec, int bitSize);

inline std::string formatFloat(double v, char fmt, int prec, int bitSize) {
  std::string s;
  appendFloat(s, v, fmt, prec, bitSize);
  return s;
}

}  // namespace gorun::runtime
