// Types whose methods change after they are compiled: the REPL's.
//
// At the REPL a type declared in one input may get methods in a later one
// (frontend/repl.h); values of it made before must have them too (fmt
// prints through a String method declared afterwards, a T stored in an
// interface earlier calls a redefined method). So the descriptors and
// static itabs of a REPL type (a named type of an input, or a pointer to
// one: replMutable) are writable globals, still linkonce_odr and so one per
// type in the process, whichever module emitted them first; each module
// has its own (private) copy of their method tables. The initialiser of an
// input then starts with
//   - runtime.replMethods(tables, n) when the input changes the method
//     sets of earlier types (Package::replMethodSetsChanged): the new
//     method tables of those types and of their pointer types, which the
//     runtime installs in the descriptors with the world stopped
//     (runtime/repl_methods.cpp), retargeting their itabs;
//   - runtime.additabs(tabs, n) for the static itabs of REPL types that the
//     module uses (its own or, through linkonce_odr, earlier modules'), so
//     that the runtime can retarget them later.
// Programs have no REPL types: none of this is emitted for them.
#include "jit/lowering.h"

using namespace llvm;

namespace gorun::jit {

bool Lowering::replMutable(fe::Type* t) {
  if (t->kind == fe::TypeKind::Pointer) t = static_cast<fe::Pointer*>(t)->elem;
  if (t->kind != fe::TypeKind::Named || fe::isInterface(t)) return false;
  auto* n = static_cast<fe::Named*>(t);
  return n->obj && n->obj->pkg && !n->obj->pkg->linkPrefix.empty();
}

void Lowering::emitReplMethodUpdates(Function* init) {
  std::vector<Constant*> tables;
  auto* tableTy = StructType::get(ctx_, {ptr_, ptr_, i64_});  // runtime::GoMethodTable
  for (fe::Named* n : pkg_->replMethodSetsChanged) {
    for (fe::Type* t : {static_cast<fe::Type*>(n), static_cast<fe::Type*>(tc_.pointer(n))}) {
      auto* desc = cast<GlobalVariable>(typeDesc(t));
      auto [methods, count] = methodTable(t, desc->getName());
      tables.push_back(ConstantStruct::get(tableTy, {desc, methods, b_.getInt64(count)}));
    }
  }
  lowerQueued();  // what the method tables refer to
  if (tables.empty() && replItabs_.empty()) return;

  IRBuilderBase::InsertPointGuard guard(b_);
  b_.SetInsertPoint(init->getEntryBlock().getFirstNonPHIOrDbgOrAlloca());
  b_.SetCurrentDebugLocation(DebugLoc());
  auto array = [&](Type* elemTy, ArrayRef<Constant*> elems, const Twine& name) {
    auto* arrTy = ArrayType::get(elemTy, elems.size());
    auto* gv = new GlobalVariable(*mod_, arrTy, true, GlobalValue::PrivateLinkage,
                                  ConstantArray::get(arrTy, elems), name);
    gv->setAlignment(Align(8));
    return gv;
  };
  // Methods first: the static itabs of earlier modules that this one uses
  // are then retargeted before additabs sees them again.
  if (!tables.empty())
    callRuntime("runtime.replMethods",
                {array(tableTy, tables, "go:replmethods"), b_.getInt64(int64_t(tables.size()))});
  if (!replItabs_.empty()) {
    std::vector<Constant*> tabs(replItabs_.begin(), replItabs_.end());
    callRuntime("runtime.additabs", {array(ptr_, tabs, "go:replitabs"), b_.getInt64(int64_t(tabs.size()))});
  }
}

}  // namespace gorun::jit
