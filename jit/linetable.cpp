// extractLineTables: DWARF .debug_line rows of a relocatable object, mapped
// onto its function symbols. See linetable.h.
//
// In a relocatable object the line table's addresses are relocations
// against the text section; DWARFContext resolves them into (section index,
// offset) pairs, and a function symbol is (section index, value, size), so
// a row belongs to the function whose range holds its offset. Rows are
// reduced to the points where the line changes; line 0 (code the compiler
// could not attribute, such as a shared panic block) keeps the previous
// line rather than printing 0.

#include "jit/linetable.h"

#include <llvm/DebugInfo/DWARF/DWARFContext.h>
#include <llvm/Object/ELFObjectFile.h>
#include <llvm/Object/ObjectFile.h>

#include <algorithm>

using namespace llvm;

namespace gorun::jit {

StringMap<LineTable> extractLineTables(MemoryBufferRef buf) {
  StringMap<LineTable> out;
  auto obj = object::ObjectFile::createObjectFile(buf);
  if (!obj) {
    consumeError(obj.takeError());
    return out;
  }
  struct FuncRange {
    StringRef name;
    uint64_t section, start, end;
  };
  std::vector<FuncRange> funcs;
  for (const object::SymbolRef& sym : (*obj)->symbols()) {
    auto type = sym.getType();
    if (!type) {
      consumeError(type.takeError());
      continue;
    }
    if (*type != object::SymbolRef::ST_Function) continue;
    auto name = sym.getName();
    auto sec = sym.getSection();
    auto value = sym.getValue();
    if (!name || !sec || !value) {
      if (!name) consumeError(name.takeError());
      if (!sec) consumeError(sec.takeError());
      if (!value) consumeError(value.takeError());
      continue;
    }
    if (*sec == (*obj)->section_end()) continue;
    uint64_t size = 0;
    if (isa<object::ELFObjectFileBase>(obj->get()))
      size = object::ELFSymbolRef(sym).getSize();
    if (size == 0) continue;
    funcs.push_back({*name, (*sec)->getIndex(), *value, *value + size});
  }
  if (funcs.empty()) return out;

  std::unique_ptr<DWARFContext> dwarf = DWARFContext::create(
      **obj, DWARFContext::ProcessDebugRelocations::Process, nullptr, "",
      [](Error e) { consumeError(std::move(e)); }, [](Error e) { consumeError(std::move(e)); });
  std::vector<DWARFDebugLine::Row> rows;
  for (const auto& cu : dwarf->compile_units()) {
    const DWARFDebugLine::LineTable* lt = dwarf->getLineTableForUnit(cu.get());
    if (!lt) continue;
    for (const auto& row : lt->Rows)
      if (!row.EndSequence) rows.push_back(row);
  }
  std::sort(rows.begin(), rows.end(), DWARFDebugLine::Row::orderByAddress);

  for (const FuncRange& f : funcs) {
    LineTable table;
    auto it = std::lower_bound(rows.begin(), rows.end(), f, [](const DWARFDebugLine::Row& r, const FuncRange& fr) {
      return std::tie(r.Address.SectionIndex, r.Address.Address) < std::tie(fr.section, fr.start);
    });
    for (; it != rows.end() && it->Address.SectionIndex == f.section && it->Address.Address < f.end;
         ++it) {
      if (it->Line == 0) continue;
      auto line = int32_t(it->Line);
      if (!table.empty() && table.back().second == line) continue;
      auto off = uint32_t(it->Address.Address - f.start);
      if (!table.empty() && table.back().first == off)
        table.back().second = line;
      else
        table.emplace_back(off, line);
    }
    if (!table.empty()) out[f.name] = std::move(table);
  }
  return out;
}

}  // namespace gorun::jit
