#include "frontend/diag.h"

#include <algorithm>
#include <fmt/format.h>

namespace gorun::frontend {

void Diagnostics::error(const std::string& file, Pos pos, std::string msg) {
  list_.push_back({file, pos, std::move(msg)});
}

std::vector<std::string> Diagnostics::render() const {
  std::vector<Diagnostic> sorted = list_;
  std::stable_sort(sorted.begin(), sorted.end(), [](const Diagnostic& a, const Diagnostic& b) {
    if (a.file != b.file) return a.file < b.file;
    return a.pos < b.pos;
  });
  std::vector<std::string> out;
  const Diagnostic* prev = nullptr;
  for (const auto& d : sorted) {
    // gc reports at most one error per line: the rest are usually follow-ons.
    if (prev && prev->file == d.file && prev->pos.line == d.pos.line) continue;
    prev = &d;
    if (out.size() == 10) {
      out.push_back(fmt::format("{}:{}:{}: too many errors", d.file, d.pos.line, d.pos.col));
      break;
    }
    out.push_back(fmt::format("{}:{}:{}: {}", d.file, d.pos.line, d.pos.col, d.msg));
  }
  return out;
}

void Diagnostics::print(std::FILE* out) const {
  for (const auto& line : render()) std::fprintf(out, "%s\n", line.c_str());
}

}  // namespace gorun::frontend
