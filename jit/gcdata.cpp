// What the garbage collector needs from compiled code (runtime/mgc.cpp):
//   - every type descriptor's pointer mask (GoType::ptrdata and gcdata, Go's
//     ptrdata/gcdata): one bit per word, LSB first, set for the words that
//     hold pointers. Heap objects are scanned precisely from it;
//   - every module's mutable globals (a root table the session registers
//     with the runtime once the module is linked). Globals are scanned
//     conservatively: they are few, and a table of sizes is all the
//     runtime needs.
// Pointer words follow runtime/type.h's layouts: string and slice data
// pointers, both interface words, and map, chan, func, pointer and
// unsafe.Pointer values.
#include "jit/lowering.h"

#include "runtime/type.h"

using namespace llvm;

namespace gorun::jit {

namespace {

void setWord(std::vector<uint8_t>& bits, uint64_t word) {
  if (bits.size() <= word / 8) bits.resize(word / 8 + 1);
  bits[word / 8] |= uint8_t(1u << (word % 8));
}

}  // namespace

void Lowering::ptrWords(fe::Type* t, uint64_t off, std::vector<uint8_t>& bits) {
  fe::Type* u = fe::underlying(t);
  switch (u->kind) {
    case fe::TypeKind::String:
    case fe::TypeKind::UntypedString:
    case fe::TypeKind::Slice:
    case fe::TypeKind::Pointer:
    case fe::TypeKind::UnsafePointer:
    case fe::TypeKind::UntypedNil:
    case fe::TypeKind::Map:
    case fe::TypeKind::Chan:
    case fe::TypeKind::Signature:
      setWord(bits, off / 8);
      break;
    case fe::TypeKind::Interface:
      setWord(bits, off / 8);
      setWord(bits, off / 8 + 1);
      break;
    case fe::TypeKind::Array: {
      auto* a = static_cast<fe::Array*>(u);
      if (a->len <= 0) break;
      std::vector<uint8_t> elem;
      ptrWords(a->elem, 0, elem);
      if (elem.empty()) break;
      uint64_t es = sizeOf(a->elem);
      for (int64_t i = 0; i < a->len; i++)
        for (uint64_t w = 0; w < elem.size() * 8; w++)
          if (elem[w / 8] >> (w % 8) & 1) setWord(bits, (off + uint64_t(i) * es) / 8 + w);
      break;
    }
    case fe::TypeKind::Struct: {
      auto* s = static_cast<fe::Struct*>(u);
      if (s->fields.empty()) break;
      const StructLayout* sl = dl_.getStructLayout(cast<StructType>(memType(u)));
      for (size_t i = 0; i < s->fields.size(); ++i)
        ptrWords(s->fields[i]->type, off + sl->getElementOffset(unsigned(i)), bits);
      break;
    }
    default:
      break;
  }
}

Constant* Lowering::gcData(fe::Type* t, uint64_t* ptrdata) {
  std::vector<uint8_t> bits;
  ptrWords(t, 0, bits);
  *ptrdata = 0;
  for (uint64_t w = bits.size() * 8; w-- > 0;)
    if (bits[w / 8] >> (w % 8) & 1) {
      *ptrdata = (w + 1) * 8;
      break;
    }
  if (*ptrdata == 0) return ConstantPointerNull::get(ptr_);
  bits.resize((*ptrdata / 8 + 7) / 8);
  auto* data = ConstantDataArray::get(ctx_, ArrayRef<uint8_t>(bits));
  auto* gv = new GlobalVariable(*mod_, data->getType(), true, GlobalValue::PrivateLinkage, data,
                                "gcdata");
  gv->setUnnamedAddr(GlobalValue::UnnamedAddr::Global);
  gv->setAlignment(Align(1));
  return gv;
}

bool emitGCRootTable(Module& mod, StringRef tableName) {
  LLVMContext& ctx = mod.getContext();
  const DataLayout& dl = mod.getDataLayout();
  auto* ptrTy = PointerType::getUnqual(ctx);
  auto* i64 = Type::getInt64Ty(ctx);
  auto* entryTy = StructType::get(ctx, {ptrTy, i64});
  std::vector<Constant*> entries;
  for (GlobalVariable& gv : mod.globals()) {
    if (gv.isConstant() || gv.isDeclaration() || gv.isThreadLocal()) continue;
    if (gv.getName().starts_with("llvm.")) continue;
    // Writable only so that the REPL can replace method tables
    // (repl_methods.cpp): they never point into the heap.
    if (gv.getName().starts_with("type:") || gv.getName().starts_with("go:itab.")) continue;
    uint64_t size = dl.getTypeAllocSize(gv.getValueType());
    if (size < 8) continue;  // cannot hold a pointer
    entries.push_back(ConstantStruct::get(entryTy, {&gv, ConstantInt::get(i64, size)}));
  }
  if (entries.empty()) return false;
  auto* arrTy = ArrayType::get(entryTy, entries.size());
  auto* tableTy = StructType::get(ctx, {i64, arrTy});
  auto* init = ConstantStruct::get(
      tableTy, {ConstantInt::get(i64, entries.size()), ConstantArray::get(arrTy, entries)});
  new GlobalVariable(mod, tableTy, true, GlobalValue::ExternalLinkage, init, tableName);
  return true;
}

}  // namespace gorun::jit
