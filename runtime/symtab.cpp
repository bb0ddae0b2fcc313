// The function table. Invariant: entries do not overlap; the map is keyed
// by start address, so the candidate for pc is the last entry starting at
// or before it. Lock: funcsLock guards the map; entries are immutable once
// inserted.
#include "runtime/symtab.h"

#include <map>
#include <memory>
#include <mutex>

namespace gorun::runtime {
namespace {

std::mutex funcsLock;
std::map<uintptr_t, std::unique_ptr<FuncInfo>>& funcs() {
  static auto* m = new std::map<uintptr_t, std::unique_ptr<FuncInfo>>;
  return *m;
}

}  // namespace

void registerFunc(FuncInfo info) {
  std::lock_guard<std::mutex> lock(funcsLock);
  uintptr_t start = info.start;
  funcs()[start] = std::make_unique<FuncInfo>(std::move(info));
}

void registerFunc(uintptr_t start, uintptr_t end, const char* name) {
  FuncInfo info;
  info.start = start;
  info.end = end;
  info.name = name;
  // Without a FuncInfo we know nothing of the signature, except that
  // main.main and package initialisers take no parameters.
  std::string_view n = info.name;
  auto endsWith = [&](std::string_view suffix) {
    return n.size() >= suffix.size() && n.substr(n.size() - suffix.size()) == suffix;
  };
  info.hasParams = !(n == "main.main" || endsWith(".init") ||
                     n.find(".init.") != std::string_view::npos);
  registerFunc(std::move(info));
}

void unregisterFuncs(uintptr_t start, uintptr_t end) {
  std::lock_guard<std::mutex> lock(funcsLock);
  auto& m = funcs();
  m.erase(m.lower_bound(start), m.lower_bound(end));
}

const FuncInfo* findfunc(uintptr_t pc, bool fromSignal) {
  std::unique_lock<std::mutex> lock(funcsLock, std::defer_lock);
  if (fromSignal) {
    if (!lock.try_lock()) return nullptr;
  } else {
    lock.lock();
  }
  auto& m = funcs();
  auto it = m.upper_bound(pc);
  if (it == m.begin()) return nullptr;
  --it;
  const FuncInfo* f = it->second.get();
  return pc < f->end ? f : nullptr;
}

int32_t funcline(const FuncInfo& f, uintptr_t pc) {
  if (f.lines.empty()) return f.line;
  auto off = static_cast<uint32_t>(pc - f.start);
  int32_t line = f.line;
  for (const auto& [o, l] : f.lines) {
    if (o > off) break;
    line = l;
  }
  return line;
}

}  // namespace gorun::runtime
