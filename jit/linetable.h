// Source lines of JIT-compiled code, for tracebacks.
//
// The lowering attaches line-tables-only debug info to every function; the
// code generator turns it into a DWARF .debug_line section in each object.
// Before the object is linked, extractLineTables reads that table and maps
// it onto the object's function symbols, giving each function a list of
// (offset from the function's start, line) pairs: what runtime::FuncInfo
// wants once the final address is known.
#pragma once

#include <llvm/ADT/StringMap.h>
#include <llvm/Support/MemoryBufferRef.h>

#include <cstdint>
#include <utility>
#include <vector>

namespace gorun::jit {

using LineTable = std::vector<std::pair<uint32_t, int32_t>>;  // sorted by offset

// Function name -> line table, for every function with line information in
// the relocatable object `obj`. Malformed or missing debug info yields an
// empty map: tracebacks then fall back to declaration lines.
llvm::StringMap<LineTable> extractLineTables(llvm::MemoryBufferRef obj);

}  // namespace gorun::jit
