// The function table. Invariant: entries do not overlap; the map is keyed
// by start address, so the candidate for pc is the last entry starting at
// or before it. Lock: funcsLock guards the map; entries are immutable once
// inserted.
//
// GORUN_PERFMAP=1 also appends each function to /tmp/perf-<pid>.map, the
// file Linux perf reads to name samples in JIT code ("START SIZE name" in
// hex), so `perf record`/`perf report` show Go function names.
#include "runtime/symtab.h"

#include <cstdio>
#include <cstdlib>
#include <map>
#include <memory>
#include <mutex>
#include <unistd.h>

namespace gorun::runtime {
namespace {

std::mutex funcsLock;
std::map<uintptr_t, std::unique_ptr<FuncInfo>>& funcs() {
  static auto* m = new std::map<uintptr_t, std::unique_ptr<FuncInfo>>;
  return *m;
}

// The perf map, opened on first use when GORUN_PERFMAP=1; funcsLock.
FILE* perfMap() {
  static FILE* f = [] {
    const char* e = std::getenv("GORUN_PERFMAP");
    if (e == nullptr || *e == '\0' || *e == '0') return static_cast<FILE*>(nullptr);
    char path[64];
    std::snprintf(path, sizeof path, "/tmp/perf-%d.map", int(getpid()));
    return std::fopen(path, "a");
  }();
  return f;
}

}  // namespace

void registerFunc(FuncInfo info) {
  std::lock_guard<std::mutex> lock(funcsLock);
  if (FILE* pm = perfMap()) {
    std::fprintf(pm, "%lx %lx %s\n", static_cast<unsigned long>(info.start),
                 static_cast<unsigned long>(info.end - info.start), info.name.c_str());
    std::fflush(pm);
  }
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
