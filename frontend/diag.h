// Diagnostics: collected through one sink, not thrown (go/scanner.ErrorList).
//
// Output follows gc: "file.go:LINE:COL: message", sorted by position, at most
// one error per line (the first reported wins, which suppresses follow-on
// errors), and after 10 errors a final "too many errors" line.
#pragma once

#include "frontend/token.h"

#include <cstdio>
#include <string>
#include <vector>

namespace gorun::frontend {

struct Diagnostic {
  std::string file;
  Pos pos;
  std::string msg;
};

class Diagnostics {
 public:
  void error(const std::string& file, Pos pos, std::string msg);
  bool empty() const { return list_.empty(); }
  size_t count() const { return list_.size(); }
  // Sorted, one per line, capped at 10 with "too many errors".
  std::vector<std::string> render() const;
  void print(std::FILE* out) const;
  const std::vector<Diagnostic>& list() const { return list_; }

 private:
  std::vector<Diagnostic> list_;
};

}  // namespace gorun::frontend
